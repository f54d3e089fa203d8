namespace Eval752.Guardrails.Testing;

/// <summary>Locates the repository the tests run from (the folder holding Eval752.Guardrails.sln).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Eval752.Guardrails.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Eval752.Guardrails.sln was not found above '{AppContext.BaseDirectory}'; run the tests from a checkout of the repository.");
    }
}
