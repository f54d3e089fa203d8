using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.SecretPrintingTypeAnalyzer,
    Eval752.Guardrails.CodeFixes.RedactSecretMemberCodeFix>;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class RedactSecretMemberCodeFixTests
{
    private static DiagnosticResult Record(int location, string member) =>
        new DiagnosticResult("EG0103", DiagnosticSeverity.Warning).WithLocation(location)
            .WithArguments(member, "the record's synthesized ToString prints it", "declare a PrintMembers that redacts it, or hold it in a ProviderSecret");

    [Fact]
    public Task PositionalRecord_GetsAPrintMembersThatRedactsTheSecret() => new Verify.Test
    {
        TestCode = """
            public sealed record ProviderSettings(string Name, string {|#0:ApiKey|}, int Timeout);
            """,
        FixedCode = """
            using System.Text;

            public sealed record ProviderSettings(string Name, string ApiKey, int Timeout)
            {
                private bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Name = ").Append(Name);
                    builder.Append(", ApiKey = [redacted]");
                    builder.Append(", Timeout = ").Append(Timeout);
                    return true;
                }
            }
            """,
        ExpectedDiagnostics = { Record(0, "ProviderSettings.ApiKey") },
    }.RunAsync();

    [Fact]
    public Task SerializedResponse_GetsJsonIgnore() => new Verify.Test
    {
        TestCode = """
            public sealed class ProviderResponse
            {
                public string Name { get; set; } = "";

                public string {|#0:ApiKey|} { get; set; } = "";
            }
            """,
        FixedCode = """
            using System.Text.Json.Serialization;

            public sealed class ProviderResponse
            {
                public string Name { get; set; } = "";

                [JsonIgnore]
                public string ApiKey { get; set; } = "";
            }
            """,
        ExpectedDiagnostics =
        {
            new DiagnosticResult("EG0103", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "ProviderResponse.ApiKey", "ProviderResponse is serialized (a response type) with nothing ignoring it", "add [JsonIgnore] (or [IgnoreDataMember]), or keep it out of the serialized type"),
        },
    }.RunAsync();
}
