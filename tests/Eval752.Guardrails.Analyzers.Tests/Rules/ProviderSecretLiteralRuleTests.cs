using Eval752.Guardrails.Testing.Secrets;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>Secret-shaped values are generated per run (SecretShapes); none is written in this file.</summary>
public sealed class ProviderSecretLiteralRuleTests
{
    public static IEnumerable<object[]> Shapes() => SecretShapes.Rows(SecretShapes.All);

    [Theory]
    [MemberData(nameof(Shapes))]
    public Task EveryProviderShapeInAField_Reports(string kind, int index)
    {
        var secret = Escape(SecretShapes.All[index].Make());
        _ = kind;
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                private readonly string key = {|EG0001:"{{secret}}"|};
            }
            """);
    }

    [Fact]
    public Task VerbatimRawAndUtf8Literals_Report()
    {
        var openAi = SecretShapes.OpenAiProjectKey();
        var anthropic = SecretShapes.AnthropicKey();
        var github = SecretShapes.GitHubClassicToken();
        return VerifyCS.VerifyAnalyzerAsync($$""""
            class C
            {
                string Verbatim() => {|EG0001:@"{{openAi}}"|};
                string Raw() => {|EG0001:"""{{anthropic}}"""|};
                System.ReadOnlySpan<byte> Utf8() => {|EG0001:"{{github}}"u8|};
            }
            """");
    }

    [Fact]
    public Task ConcatenationsAcrossConstFields_AreFolded_AndReportedOnce()
    {
        var secret = SecretShapes.OpenAiLegacyKey();
        var (head, tail) = (secret[..20], secret[20..]);
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                private const string Head = "{{head}}";
                private const string Key = {|EG0001:Head + "{{tail}}"|};
                private const string Interpolated = {|EG0001:$"{Head}{{tail}}"|};
            }
            """);
    }

    [Fact]
    public Task AttributeArgumentsSwitchArmsInitializersDefaultsAndFallbacks_Report()
    {
        string K() => SecretShapes.GroqKey();
        return VerifyCS.VerifyAnalyzerAsync($$"""
            using System;
            using System.Collections.Generic;

            [AttributeUsage(AttributeTargets.All)]
            sealed class KeyAttribute(string value) : Attribute { public string Value { get; } = value; }

            [Key({|EG0001:"{{K()}}"|})]
            class C
            {
                string Pick(int env) => env switch { 0 => {|EG0001:"{{K()}}"|}, _ => "" };
                Dictionary<string, string> Settings() => new() { ["groq"] = {|EG0001:"{{K()}}"|} };
                List<string> Keys() => [{|EG0001:"{{K()}}"|}];
                void Call(string key = {|EG0001:"{{K()}}"|}) { }
                string Fallback(string? fromEnv) => fromEnv ?? {|EG0001:"{{K()}}"|};
                (string, string) Pair() => ("groq", {|EG0001:"{{K()}}"|});
            }
            """);
    }

    [Fact]
    public Task TopLevelStatements_Report()
    {
        var test = new Verifiers.CSharpAnalyzerVerifier<Analyzers.Rules.SecretLiteralAnalyzer>.Test
        {
            TestCode = $$"""
                var key = {|EG0001:"{{SecretShapes.HuggingFaceToken()}}"|};
                System.Console.WriteLine(key.Length);
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task PlaceholdersEnvNamesFormatChecksAndPublishedSamples_DoNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            const string Name = "OPENAI_API_KEY";
            const string Path = "Providers:OpenAI:ApiKey";
            const string Doc = "AKIAIOSFODNN7EXAMPLE";
            const string Template = "sk-proj-your-api-key-goes-here-T3BlbkFJ-replace-me-with-the-real-one";
            const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
            bool IsOpenAi(string key) => key.StartsWith("sk-proj-") || key.StartsWith("sk-");
            const string Message = "Expected an OpenAI key starting with sk- and containing T3BlbkFJ";
        }
        """);

    [Fact]
    public Task InterpolationWithARuntimeHole_ReportsTheConstantPartHoldingTheSecret()
    {
        var secret = SecretShapes.StripeLiveKey();
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                string Header(string user) => $"user={user}{|EG0001:; key={{secret}}|}";
            }
            """);
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\"", "\\\"");
}
