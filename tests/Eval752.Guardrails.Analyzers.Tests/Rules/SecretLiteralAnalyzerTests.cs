using Eval752.Guardrails.Testing.Secrets;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>The host of EG0001-EG0003: one walk per block, each outermost constant judged once by every rule.</summary>
public sealed class SecretLiteralAnalyzerTests
{
    [Fact]
    public Task AConstantHoldingAProviderKeyAndACredential_GetsBothRules_AtTheSameSpan()
    {
        var key = SecretShapes.GroqKey();
        var password = SecretShapes.Random(SecretShapes.Alphanumeric, 20);
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                const string Settings = {|EG0001:{|EG0002:"Host=db.internal;Password={{password}};ApiKey={{key}}"|}|};
            }
            """);
    }

    [Fact]
    public Task NestedConstants_AreJudgedWhole_NotPieceByPiece()
    {
        var key = SecretShapes.AnthropicKey();
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                const string Prefix = "{{key[..14]}}";
                static string Key() => {|EG0001:Prefix + ("{{key[14..60]}}" + "{{key[60..]}}")|};
            }
            """);
    }

    [Fact]
    public Task ConstantsInLambdasLocalFunctionsAndPropertyBodies_AreFound()
    {
        var first = SecretShapes.GitHubFineGrainedToken();
        var second = SecretShapes.SendGridKey();
        var third = SecretShapes.StripeLiveKey();
        return VerifyCS.VerifyAnalyzerAsync($$"""
            using System;
            class C
            {
                Func<string> Factory => () => {|EG0001:"{{first}}"|};
                string Token { get { string Local() => {|EG0001:"{{second}}"|}; return Local(); } }
                void M(Action<string> use) => use({|EG0001:"{{third}}"|});
            }
            """);
    }
}
