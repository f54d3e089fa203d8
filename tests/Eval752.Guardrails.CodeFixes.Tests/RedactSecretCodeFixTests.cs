using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.SecretFlowAnalyzer,
    Eval752.Guardrails.CodeFixes.RedactSecretCodeFix>;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class RedactSecretCodeFixTests
{
    /// <summary>The runtime's helper as the package declares it (the fix looks it up by metadata name).</summary>
    private const string Runtime = """

        namespace Eval752.Guardrails.Runtime.Redaction
        {
            public static class Redact { public static string Secret(string? value) => "[redacted]"; }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Leak(string id, string origin, string sink) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithArguments(origin, sink);

    [Fact]
    public Task WithTheRuntime_TheValueIsWrappedInRedactSecret_AndTheUsingAdded() => VerifyAsync(
        """
        using System;
        class C
        {
            void M(string apiKey)
            {
                {|#0:Console.WriteLine($"key {{|#1:apiKey|}}")|};
            }
        }
        """ + Runtime,
        """
        using System;
        using Eval752.Guardrails.Runtime.Redaction;
        class C
        {
            void M(string apiKey)
            {
                Console.WriteLine($"key {Redact.Secret(apiKey)}");
            }
        }
        """ + Runtime,
        Leak("EG0101", "parameter apiKey", "Console.WriteLine"));

    [Fact]
    public Task WithoutTheRuntime_TheLengthIsShownInstead_NullSafeOutsideANullableContext() => VerifyAsync(
        """
        using System;
        class C
        {
            void M(string password)
            {
                throw {|#0:new InvalidOperationException("rejected: " + {|#1:password|})|};
            }
        }
        """,
        """
        using System;
        class C
        {
            void M(string password)
            {
                throw new InvalidOperationException("rejected: " + (password?.Length ?? 0));
            }
        }
        """,
        Leak("EG0102", "parameter password", "the message of InvalidOperationException"));

    [Fact]
    public Task ANullableValue_GetsANullSafeLength() => VerifyAsync(
        """
        #nullable enable
        using System;
        class C
        {
            void M()
            {
                var key = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                {|#0:Console.WriteLine({|#1:key|})|};
            }
        }
        """,
        """
        #nullable enable
        using System;
        class C
        {
            void M()
            {
                var key = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                Console.WriteLine(key?.Length ?? 0);
            }
        }
        """,
        Leak("EG0101", "environment variable ENCRYPTION_KEY", "Console.WriteLine"));
}
