using System.Globalization;
using System.Text;
using static Eval752.Guardrails.Analyzers.Tests.Verifiers.FlowVerifier;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>
/// The flow host under hostile input (issue 4's bad-input list): mutual recursion between summarised methods,
/// recursive properties, deep nesting, a 10,000-statement method, cycles through locals. Bounded and no AD0001
/// (the verifier fails on any analyzer exception), and the leak is still found where the flow is clear.
/// </summary>
public sealed class SecretFlowAnalyzerTests
{
    private const string Usings = "using System;\nusing Microsoft.Extensions.Logging;\n\n";

    [Fact]
    public Task MutualRecursionBetweenSummarisedMethods_Terminates_AndStillFindsTheSecret() => VerifyAsync(Usings + """
        class C
        {
            string Ping(string apiKey, int n) => n == 0 ? apiKey : Pong(apiKey, n - 1);
            string Pong(string value, int n) => n == 0 ? value : Ping(value, n - 1);
            int Loop => Loop2;
            int Loop2 => Loop;
            string Self => Self + "x";
            void M(ILogger logger, string apiKey)
            {
                {|#0:logger.LogInformation({|#1:Ping(apiKey, 3)|})|};
                logger.LogInformation("{N} {S}", Loop, Self);
            }
        }
        """, Leak("EG0101", 0, 1, "parameter apiKey", "ILogger.LogInformation"));

    [Fact]
    public Task CyclesThroughLocals_Terminate() => VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, string token)
            {
                string a = "x", b = "y";
                for (var i = 0; i < 3; i++) { a = b + i; b = a + i; }
                a = a + b;
                logger.LogInformation(a);
                var t = token;
                t = t + t;
                {|#0:logger.LogInformation({|#1:t|})|};
            }
        }
        """, Leak("EG0101", 0, 1, "parameter token", "ILogger.LogInformation"));

    [Fact]
    public Task DeeplyNestedConcatenation_IsBounded_AndDoesNotThrow()
    {
        var nested = new StringBuilder("password");
        for (var i = 0; i < 600; i++)
        {
            nested.Insert(0, "(\"a\" + ").Append(')');
        }

        // Past the depth bound the walk gives up rather than recursing 600 levels: quiet, not a crash.
        return VerifyAsync(Usings + $$"""
            class C
            {
                void M(ILogger logger, string password)
                {
                    logger.LogInformation({{nested}});
                }
            }
            """);
    }

    [Fact]
    public Task TenThousandStatementMethod_IsAnalysedOnce_AndTheLeakAtTheEndIsFound()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            body.Append(i == 0 ? "        var v0 = \"start\";\n" : string.Create(CultureInfo.InvariantCulture, $"        var v{i} = \"item {i}\" + v{i - 1}.Length;\n"));
        }

        return VerifyAsync(Usings + $$"""
            class C
            {
                void M(ILogger logger, string token)
                {
            {{body}}
                    var shown = "token " + token;
                    logger.LogInformation(v9999);
                    {|#0:logger.LogInformation({|#1:shown|})|};
                    logger.LogInformation("done {N}", 1);
                }
            }
            """, Leak("EG0101", 0, 1, "parameter token", "ILogger.LogInformation"));
    }
}
