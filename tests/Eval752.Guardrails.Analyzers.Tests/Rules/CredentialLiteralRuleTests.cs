using Microsoft.CodeAnalysis.Diagnostics;
using Eval752.Guardrails.Testing.Secrets;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>Credential-bearing values are generated per run (SecretShapes.Credentials).</summary>
public sealed class CredentialLiteralRuleTests
{
    public static IEnumerable<object[]> Credentials() => SecretShapes.Rows(SecretShapes.Credentials);

    [Theory]
    [MemberData(nameof(Credentials))]
    public Task CredentialInAConstant_Reports(string kind, int index)
    {
        _ = kind;
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                const string Value = {|EG0002:"{{SecretShapes.Credentials[index].Make()}}"|};
            }
            """);
    }

    [Fact]
    public Task ConnectionStringPassedToADriver_AndFoldedAcrossConsts_Reports()
    {
        var password = SecretShapes.Random("abcdefghJKLMNP23456789", 16);
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                const string Host = "Host=db.prod.internal;";
                const string Main = {|EG0002:Host + "Username=app;Password={{password}}"|};
                object Open() => new System.Text.StringBuilder({|EG0002:"Server=sql01;Pwd={{password}}"|});
            }
            """);
    }

    [Theory]
    [InlineData("Password=", "build the connection string from configuration")]
    [InlineData("postgres://app:", "take the URL, or its user and password, from configuration")]
    [InlineData("Bearer ", "read the token from configuration or a secret store and set the header at run time")]
    public async Task TheMessage_SaysWhatToDoForEachKindOfCredential(string prefix, string remedy)
    {
        var secret = SecretShapes.Random("abcdefghJKLMNP23456789", 24);
        var value = prefix + secret + (prefix.StartsWith("postgres", StringComparison.Ordinal) ? "@db.internal/app" : string.Empty);
        var source = $$"""
            class C
            {
                const string Value = "{{value}}";
            }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "messages",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers([new Analyzers.Rules.SecretLiteralAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var message = Assert.Single(diagnostics, d => d.Id == "EG0002").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(remedy, message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
    }

    [Fact]
    public Task TemplatesLoopbackDefaultsAndRuntimeValues_DoNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            const string Local = "Host=localhost;Username=postgres;Password=postgres";
            const string Format = "Host={0};Username={1};Password={2}";
            const string FromEnv = "Password=${DB_PASSWORD}";
            string Build(string password) => $"Host=db;Username=app;Password={password}";
            const string Docs = "Pass the token as Authorization: Bearer <token>";
        }
        """);
}
