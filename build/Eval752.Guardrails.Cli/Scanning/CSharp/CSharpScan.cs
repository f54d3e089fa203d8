using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.Cli.Scanning.CSharp;

/// <summary>
/// The C# rules of the package (EG0001-EG0004 hardcoded secrets, EG0101-EG0104 secrets reaching logs, exceptions
/// and ToString) over a repository's C# files without building it: each project's files are parsed and compiled
/// against the .NET shared framework and the logging, configuration and options abstractions this tool carries,
/// with the SDK's implicit usings, and the package's own analyzers run over that compilation. Package references the
/// tool does not carry stay unbound, and the analyzers make no report on unbound code, so a scan can miss what
/// only a build sees but does not invent findings. <c>#pragma</c> and <c>[SuppressMessage]</c> are honoured; the
/// baseline is the scan's (applied to every finding afterwards). Info-level findings (EG0003 in test projects) are
/// suggestions and are left out.
/// </summary>
internal static class CSharpScan
{
    public static readonly ImmutableHashSet<string> Rules = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        DiagnosticIds.HardcodedProviderSecret, DiagnosticIds.HardcodedCredential, DiagnosticIds.HardcodedSecretByName, DiagnosticIds.HardcodedKeyMaterial,
        DiagnosticIds.SecretReachesLog, DiagnosticIds.SecretInException, DiagnosticIds.TypePrintsSecret, DiagnosticIds.SecretObjectLogged);

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Logging;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    public static async Task<IReadOnlyList<FileFinding>> RunAsync(string root, IEnumerable<string> csharpFiles, List<string> problems, ScanProgress? progress, CancellationToken cancellationToken = default)
    {
        var findings = new List<FileFinding>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, preprocessorSymbols: ["DEBUG", "TRACE", "NET", "NETCOREAPP", "NET10_0", "NET10_0_OR_GREATER"]);
        foreach (var project in CSharpProject.Group(root, csharpFiles))
        {
            var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "ImplicitUsings.g.cs", cancellationToken: cancellationToken) };
            foreach (var file in project.Files)
            {
                var text = RepositoryText.Read(file, out var problem);
                progress?.Advance(Path.GetRelativePath(root, file), text?.Length ?? 0);
                if (problem is not null)
                {
                    problems.Add($"{Path.GetRelativePath(root, file).Replace('\\', '/')}: {problem}");
                }

                if (text is not null)
                {
                    trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(text), parseOptions, file, cancellationToken));
                }
            }

            var compilation = CSharpCompilation.Create(
                project.Name,
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            var options = new AnalyzerOptions([], new BuildProperties(project.IsTestProject));
            var withAnalyzers = compilation.WithAnalyzers(Analyzers.Value, new CompilationWithAnalyzersOptions(options, OnAnalyzerException(problems), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            foreach (var diagnostic in await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken))
            {
                if (ToFinding(diagnostic) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    private static FileFinding? ToFinding(Diagnostic diagnostic)
    {
        if (!Rules.Contains(diagnostic.Id) || diagnostic.IsSuppressed || diagnostic.Severity < DiagnosticSeverity.Warning || !diagnostic.Location.IsInSource)
        {
            return null;
        }

        var rule = RuleCatalog.All.First(r => r.Id == diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        diagnostic.Properties.TryGetValue("fingerprint", out var fingerprint);
        return new FileFinding(rule, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), fingerprint);
    }

    private static Action<Exception, DiagnosticAnalyzer, Diagnostic> OnAnalyzerException(List<string> problems) =>
        (exception, analyzer, _) =>
        {
            lock (problems)
            {
                problems.Add($"{analyzer.GetType().Name} failed ({exception.GetType().Name}: {exception.Message}); its findings for this project may be missing");
            }
        };

    /// <summary>The shared framework and the assemblies this tool ships (logging, configuration, options abstractions among them).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return [.. paths.Where(p => !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
        [.. typeof(SecretLiteralAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => Rules.Contains(d.Id)))];

    /// <summary>The build properties the analyzers read: only whether this is a test project.</summary>
    private sealed class BuildProperties(bool isTestProject) : AnalyzerConfigOptionsProvider
    {
        private readonly Options global = new(isTestProject);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(bool isTestProject) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(false);

            public override bool TryGetValue(string key, out string value)
            {
                value = isTestProject ? "true" : string.Empty;
                return isTestProject && key == "build_property.IsTestProject";
            }
        }
    }
}
