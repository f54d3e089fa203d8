using System.IO.Compression;
using System.Xml.Linq;

namespace Eval752.Guardrails.Package.Tests;

[Collection(PackageFeedFixture.Collection)]
public sealed class PackageLayoutTests(PackageFeedFixture fixture)
{
    private static readonly string[] ExpectedFiles =
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "Eval752.Guardrails.nuspec",
        "README.md",
        "analyzers/dotnet/cs/Eval752.Guardrails.Analyzers.dll",
        "analyzers/dotnet/cs/Eval752.Guardrails.CodeFixes.dll",
        "buildTransitive/Eval752.Guardrails.props",
        "buildTransitive/Eval752.Guardrails.targets",
        "package/services/metadata/core-properties/*.psmdcp",
        "tasks/netstandard2.0/Eval752.Guardrails.Tasks.dll",
    ];

    [Fact]
    public void Package_HoldsExactlyTheExpectedFiles()
    {
        using var archive = ZipFile.OpenRead(fixture.Feed.PackagePath);
        var files = archive.Entries
            .Select(e => e.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal)
                ? "package/services/metadata/core-properties/*.psmdcp"
                : e.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ExpectedFiles.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependency_WithNoDependencies()
    {
        using var archive = ZipFile.OpenRead(fixture.Feed.PackagePath);
        using var stream = archive.GetEntry("Eval752.Guardrails.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("Eval752.Guardrails", metadata.Element(ns + "id")!.Value);
        Assert.Equal(fixture.Feed.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
    }
}
