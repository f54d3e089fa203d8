using static Eval752.Guardrails.Analyzers.Tests.Verifiers.FlowVerifier;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>EG0102: secrets in exception messages and <c>Exception.Data</c>; naming the variable is fine.</summary>
public sealed class SecretInExceptionRuleTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Configuration;

        """;

    private static Task Verify(string code, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) => VerifyAsync(Usings + code, expected);

    [Fact]
    public Task KeyInterpolatedIntoTheMessage_Reports() => Verify("""
        class C
        {
            void M(IConfiguration configuration)
            {
                var key = configuration["ENCRYPTION_KEY"];
                if (key?.Length != 64)
                {
                    throw {|#0:new InvalidOperationException($"ENCRYPTION_KEY '{{|#1:key|}}' is not 64 hex characters")|};
                }
            }
        }
        """, Leak("EG0102", 0, 1, "configuration key ENCRYPTION_KEY", "the message of InvalidOperationException"));

    [Fact]
    public Task CustomExceptionAndExceptionData_Report() => Verify("""
        sealed class ProviderException(string message) : Exception(message);
        class C
        {
            void M(string apiKey, Exception failure)
            {
                var error = {|#0:new ProviderException("rejected: " + {|#1:apiKey|})|};
                {|#2:failure.Data["key"] = {|#3:apiKey|}|};
                {|#4:failure.Data.Add("key", {|#5:apiKey|}.Trim())|};
                throw error;
            }
        }
        """,
        Leak("EG0102", 0, 1, "parameter apiKey", "the message of ProviderException"),
        Leak("EG0102", 2, 3, "parameter apiKey", "Exception.Data"),
        Leak("EG0102", 4, 5, "parameter apiKey", "Exception.Data"));

    [Fact]
    public Task NamingTheVariableOrShowingItsLength_DoesNotReport() => Verify("""
        class C
        {
            void M(IConfiguration configuration, Exception inner)
            {
                var key = configuration["ENCRYPTION_KEY"];
                if (key is null) throw new InvalidOperationException("ENCRYPTION_KEY is not set; generate one with eval752-guard keygen");
                if (key.Length != 64) throw new ArgumentException($"ENCRYPTION_KEY has {key.Length} characters, expected 64", nameof(configuration));
                throw new InvalidOperationException("wrapped", inner);
            }
        }
        """);
}
