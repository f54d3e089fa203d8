using System.Reflection;
using Eval752.Guardrails.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>The record comes from a real compiled assembly's metadata, as the generator leaves it.</summary>
public sealed class RecordConfigurationReadsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eval752-record-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(AssemblyMetadataAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(directory, "Sample.dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    private (bool Succeeded, FakeBuildEngine Engine, string RecordPath) Run(string assembly)
    {
        var engine = new FakeBuildEngine();
        var recordPath = Path.Combine(directory, "obj", "eval752-reads", "Sample.reads");
        var task = new RecordConfigurationReads { BuildEngine = engine, AssemblyPath = assembly, ProjectPath = Path.Combine(directory, "Sample.csproj"), RecordPath = recordPath };
        return (task.Execute(), engine, recordPath);
    }

    [Fact]
    public void TheGeneratorsMetadata_BecomesTheRecord()
    {
        var assembly = Compile("""
            [assembly: System.Reflection.AssemblyMetadata("RepositoryUrl", "https://example.invalid/repo")]
            [assembly: System.Reflection.AssemblyMetadata("Eval752.Guardrails.ConfigurationReads", "Providers__OpenAI__ApiKey\nQUEUE_URL")]
            """);

        var (succeeded, _, recordPath) = Run(assembly);

        Assert.True(succeeded);
        var record = ConfigurationReadRecord.Parse(File.ReadAllText(recordPath));
        Assert.NotNull(record);
        Assert.Equal(Path.Combine(directory, "Sample.csproj"), record.ProjectPath);
        Assert.Equal(["Providers__OpenAI__ApiKey", "QUEUE_URL"], record.Reads);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(recordPath)!, "*.tmp"));
    }

    [Fact]
    public void AProjectThatReadsNothing_RecordsAnEmptySet()
    {
        var (_, _, recordPath) = Run(Compile("""[assembly: System.Reflection.AssemblyMetadata("Eval752.Guardrails.ConfigurationReads", "")]"""));

        Assert.Empty(ConfigurationReadRecord.Parse(File.ReadAllText(recordPath))!.Reads);
    }

    [Fact]
    public void AnAssemblyWithoutTheMetadata_RecordsNothing()
    {
        var (succeeded, engine, recordPath) = Run(Compile("public class C { }"));

        Assert.True(succeeded);
        Assert.False(File.Exists(recordPath));
        Assert.Contains(engine.Log, line => line.Contains("carries no configuration read record", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewBuild_ReplacesTheRecord()
    {
        var first = Run(Compile("""[assembly: System.Reflection.AssemblyMetadata("Eval752.Guardrails.ConfigurationReads", "OLD")]"""));
        var second = Run(Compile("""[assembly: System.Reflection.AssemblyMetadata("Eval752.Guardrails.ConfigurationReads", "NEW")]"""));

        Assert.Equal(first.RecordPath, second.RecordPath);
        Assert.Equal(["NEW"], ConfigurationReadRecord.Parse(File.ReadAllText(second.RecordPath))!.Reads);
    }

    [Fact]
    public void AFileThatIsNotAnAssembly_IsReportedNotThrown()
    {
        var path = Path.Combine(directory, "NotAnAssembly.dll");
        File.WriteAllText(path, "text");

        var (succeeded, engine, _) = Run(path);

        Assert.False(succeeded);
        Assert.Contains(engine.Log, line => line.StartsWith("error EG0000", StringComparison.Ordinal));
    }
}
