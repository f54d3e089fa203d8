using Eval752.Guardrails.Analyzers.Descriptors;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Testing.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>Random-looking values are generated per run; the file holds none.</summary>
public sealed class SecretNamedLiteralRuleTests
{
    // Always mixes letters and digits: a letters-only random value can read as a name (a documented gap, see docs/accuracy.md).
    private static string Value() => SecretShapes.Random("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 14) + SecretShapes.Random("23456789", 4);

    [Fact]
    public Task FieldsPropertiesLocalsAndParameters_Report() => VerifyCS.VerifyAnalyzerAsync($$"""
        class C
        {
            private const string SmtpPassword = {|EG0003:"{{Value()}}"|};
            public string ClientSecret { get; set; } = {|EG0003:"{{Value()}}"|};
            void M()
            {
                var apiToken = {|EG0003:"{{Value()}}"|};
                Connect(user: "svc", password: {|EG0003:"{{Value()}}"|});
                Connect("svc", {|EG0003:"{{Value()}}"|});
            }
            void Connect(string user, string password) { }
        }
        """);

    [Fact]
    public Task ConfigurationKeysEnvironmentVariablesAndDictionaries_Report() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System;
        using System.Collections.Generic;
        class C
        {
            void M(Dictionary<string, string> config)
            {
                config["Providers:OpenAI:ApiKey"] = {|EG0003:"{{Value()}}"|};
                Environment.SetEnvironmentVariable("LANGSMITH_API_KEY", {|EG0003:"{{Value()}}"|});
                config.Add("HF_TOKEN", {|EG0003:"{{Value()}}"|});
                var settings = new Dictionary<string, string> { ["Smtp:Password"] = {|EG0003:"{{Value()}}"|} };
            }
            string GetApiKey() => {|EG0003:"{{Value()}}"|};
        }
        """);

    [Fact]
    public Task NetworkCredentialAndUriBuilderPassword_Report() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System;
        using System.Net;
        class C
        {
            object M()
            {
                var builder = new UriBuilder("https://example.org") { Password = {|EG0003:"{{Value()}}"|} };
                return new NetworkCredential("svc", {|EG0003:"{{Value()}}"|});
            }
        }
        """);

    [Fact]
    public Task PasswordsWithDollarPercentOrAngleCharacters_Report_TemplatesDoNot() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System.Net;
        class C
        {
            object M() => new NetworkCredential("svc", {|EG0003:"{{Value()}}$"|});
            const string SmtpPassword = {|EG0003:"{{Value()}}%<"|};
            const string DbPassword = "${{{Value()}}}";
            const string DbPassword2 = "$DB_PASSWORD_2";
            const string ApiToken = "%{{Value().ToUpperInvariant()}}%";
            const string ClientSecret = "{{Value()}}{0}";
        }
        """);

    [Fact]
    public Task AwsSecretAccessKeys_AreProviderSecretsByTheirName_TheDocumentationSampleIsNot() => VerifyCS.VerifyAnalyzerAsync($$"""
        class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
        class C
        {
            const string AwsSecretAccessKey = {|EG0001:"{{SecretShapes.AwsSecretAccessKey()}}"|};
            object M() => new BasicAWSCredentials("AKIA" + "IOSFODNN7EXAMPLE", {|EG0001:"{{SecretShapes.AwsSecretAccessKey()}}"|});
            const string AwsSample = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
            const string CacheKey = "{{SecretShapes.AwsSecretAccessKey()}}";
            const string ClientSecret = {|EG0003:"{{SecretShapes.AwsSecretAccessKey()}}"|};
        }
        """);

    [Fact]
    public Task KeysThatLookSomethingUp_DoNotReport() => VerifyCS.VerifyAnalyzerAsync($$"""
        class C
        {
            const string TokenCacheKey = "tokens:v2:user";
            const string SecretLookupKey = "{{Value()}}";
            const string PasswordResetPartitionKey = "reset-2024-{{Value()}}";
        }
        """);

    [Fact]
    public Task NamesAboutSecretsPlaceholdersMessagesAndNames_DoNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            const string ApiKeyField = "api_key";
            const string PasswordEnvVariable = "DB_PASSWORD";
            const string TokenHeaderName = "X-Api-Token";
            const string ApiKeyPath = "Providers:OpenAI:ApiKey";
            const string Password = "changeme";
            const string Secret = "<your-secret>";
            const string ClientSecret = "${CLIENT_SECRET}";
            const string PasswordRequiredMessage = "Password is required";
            const int MaxTokens = 4096;
            const string TokenCount = "1234567";
            string Token => "";
            string ApiKey = "your-api-key";
            string Password2 = "xxxxxxxxxxxx";
        }
        """);

    [Fact]
    public Task EncryptionKeyNamesAreEG0004s_AndValuesOfKnownShapeAreOnlyEG0001s()
    {
        var hex = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37) + 11 & 0xFF).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        return VerifyCS.VerifyAnalyzerAsync($$"""
            class C
            {
                const string EncryptionKey = "{{hex}}";
                const string OpenAiApiKey = {|EG0001:"{{SecretShapes.OpenAiLegacyKey()}}"|};
            }
            """);
    }

    [Fact]
    public Task InATestProject_TheFindingIsASuggestion()
    {
        var value = Value();
        var test = new Verifiers.CSharpAnalyzerVerifier<Analyzers.Rules.SecretLiteralAnalyzer>.Test
        {
            TestCode = $$"""
                class C
                {
                    const string Password = "{{value}}";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.Descriptors.HardcodedSecretByName)
            .WithSeverity(DiagnosticSeverity.Info)
            .WithSpan(3, 29, 3, 49)
            .WithArguments("Password", "18", SecretFingerprint.Of(value)));
        return test.RunAsync();
    }
}
