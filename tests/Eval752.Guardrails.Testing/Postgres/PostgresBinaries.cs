namespace Eval752.Guardrails.Testing.Postgres;

/// <summary>Finds the PostgreSQL server binaries: Debian's per-version folders first (newest), then PATH.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string? FindBinDirectory()
    {
        if (Directory.Exists(DebianRoot))
        {
            var newest = Directory.GetDirectories(DebianRoot)
                .Select(path => (path, version: double.TryParse(Path.GetFileName(path), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(candidate => File.Exists(Path.Combine(candidate.path, "bin", "initdb")))
                .OrderByDescending(candidate => candidate.version)
                .Select(candidate => Path.Combine(candidate.path, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return directory;
            }
        }

        return null;
    }
}
