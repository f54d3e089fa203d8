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
