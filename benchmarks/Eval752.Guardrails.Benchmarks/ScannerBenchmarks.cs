using System.Text;
using BenchmarkDotNet.Attributes;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Detection-engine throughput on source-code text, one core: 4 MiB of service-like C# (ASCII, so
/// characters = bytes) with a generated secret every 400 lines. MB/s = 4 MiB / mean time.
/// </summary>
public class ScannerBenchmarks
{
    public const int Size = 4 * 1024 * 1024;

    private static readonly string[] Lines =
    [
        "    public async Task<IResult> GetProviderAsync(Guid id, HttpContext context, ProviderVault vault, CancellationToken token)",
        "    {",
        "        var settings = configuration.GetSection(\"Providers:OpenAI\").Get<OpenAiOptions>() ?? throw new InvalidOperationException(\"missing\");",
        "        logger.LogInformation(\"Provider {Name} rotated with secret version {Version}\", provider.Name, provider.SecretVersion);",
        "        // Keys start with sk- and are stored encrypted; see docs/vault.md for the envelope format and rotation runbook.",
        "        if (string.IsNullOrEmpty(apiKey) || apiKey.Length > 4096) return Results.Problem(\"apiKey is required\", statusCode: 400);",
        "        await using var command = dataSource.CreateCommand(\"SELECT id, name, kind, fingerprint FROM eval752_vault.providers WHERE id = $1\");",
        "    }",
    ];

    private string source = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder(Size + 4096);
        var random = new Random(752);
        for (var line = 0; builder.Length < Size; line++)
        {
            builder.Append(Lines[line % Lines.Length]).Append('\n');
            if (line % 400 == 399)
            {
                var secret = SecretShapes.All[random.Next(SecretShapes.All.Count)].Make().Replace("\n", "\\n", StringComparison.Ordinal);
                builder.Append("    private const string Key = \"").Append(secret).Append("\";\n");
            }
        }

        source = builder.ToString(0, Size);
    }

    /// <summary>What the CLI and the runtime run (net10.0: token starts found sixteen characters per vector operation).</summary>
    [Benchmark]
    public int Scan() => SecretScanner.Scan(source).Count;

    /// <summary>The loop the netstandard2.0 copies (analyzers, MSBuild tasks) run: every position tried.</summary>
    [Benchmark]
    public int ScanScalar() => SecretScanner.Scan(source, vectorized: false).Count;
}
