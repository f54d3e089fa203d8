using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using static Eval752.Guardrails.Analyzers.Tests.Verifiers.FlowVerifier;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>EG0101: every source, flow and sink family once, with the look-alikes that must stay quiet.</summary>
public sealed class SecretReachesLogRuleTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Verify(string code, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) => VerifyAsync(Usings + code, expected);

    [Fact]
    public Task ConfigurationKeyLoggedAsStructuredArgument_Reports() => Verify("""
        class C
        {
            void M(IConfiguration configuration, ILogger logger)
            {
                var key = configuration["Providers:OpenAI:ApiKey"];
                {|#0:logger.LogInformation("Using key {Key}", {|#1:key|})|};
            }
        }
        """, Leak("EG0101", 0, 1, "configuration key Providers:OpenAI:ApiKey", "ILogger.LogInformation"));

    [Fact]
    public Task EnvironmentVariableInterpolatedIntoConsole_Reports() => Verify("""
        class C
        {
            void M()
            {
                var key = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                {|#0:Console.WriteLine($"key is {{|#1:key|}}")|};
            }
        }
        """, Leak("EG0101", 0, 1, "environment variable ENCRYPTION_KEY", "Console.WriteLine"));

    [Fact]
    public Task SecretNamedPropertyThroughTrimAndConcat_Reports() => Verify("""
        class Options { public string ApiKey { get; set; } = ""; }
        class C
        {
            void M(Options options, ILogger<C> logger)
            {
                var shown = "key=" + options.ApiKey.Trim().ToUpperInvariant();
                {|#0:logger.LogWarning({|#1:shown|})|};
            }
        }
        """, Leak("EG0101", 0, 1, "property Options.ApiKey", "ILogger.LogWarning"));

    [Fact]
    public Task ConnectionStringThroughStringBuilderAndTernary_Reports() => Verify("""
        class C
        {
            void M(IConfiguration configuration, ILogger logger, bool verbose)
            {
                var builder = new StringBuilder("connecting: ");
                builder.Append(configuration.GetConnectionString("Vault"));
                var text = verbose ? builder.ToString() : "connecting";
                {|#0:logger.LogDebug({|#1:text|})|};
            }
        }
        """, Leak("EG0101", 0, 1, "connection string Vault", "ILogger.LogDebug"));

    [Fact]
    public Task MethodReturningASecret_AndHelperPassingItThrough_Report() => Verify("""
        class Vault
        {
            private readonly IConfiguration configuration;
            public Vault(IConfiguration configuration) => this.configuration = configuration;
            public string Current() => configuration["Db:Password"] ?? "";
            public static string Describe(string value) => $"value={value}";
        }
        class C
        {
            void M(Vault vault, ILogger logger)
            {
                {|#0:logger.LogError(Vault.Describe({|#1:vault.Current()|}))|};
            }
        }
        """, Leak("EG0101", 0, 1, "configuration key Db:Password", "ILogger.LogError"));

    [Fact]
    public Task SecretAttributeParameter_InBeginScopeAnonymousObject_Reports() => Verify("""
        [AttributeUsage(AttributeTargets.All)] sealed class SecretAttribute : Attribute { }
        class C
        {
            void M([Secret] string webhook, ILogger logger)
            {
                using var scope = {|#0:logger.BeginScope(new { Hook = {|#1:webhook|} })|};
            }
        }
        """, Leak("EG0101", 0, 1, "parameter webhook (marked secret)", "ILogger.BeginScope"));

    [Fact]
    public Task LambdaCapturingTheSecret_Reports() => Verify("""
        class C
        {
            void M(string clientSecret, ILogger logger)
            {
                Func<string> read = () => clientSecret;
                {|#0:logger.LogInformation("{S}", {|#1:read()|})|};
            }
        }
        """, Leak("EG0101", 0, 1, "parameter clientSecret", "ILogger.LogInformation"));

    [Fact]
    public Task LoggerMessageDefineDelegate_Reports() => Verify("""
        static class Log
        {
            public static readonly Action<ILogger, string, Exception?> KeyLoaded = LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Loaded {Key}");
        }
        class C
        {
            void M(ILogger logger, string apiKey) => {|#0:Log.KeyLoaded(logger, {|#1:apiKey|}, null)|};
        }
        """, Leak("EG0101", 0, 1, "parameter apiKey", "a LoggerMessage.Define delegate"));

    [Fact]
    public Task ActivityTag_DebugAndTrace_Report() => Verify("""
        using System.Diagnostics;
        class C
        {
            void M(Activity activity, string password)
            {
                {|#0:activity.SetTag("db.password", {|#1:password|})|};
                {|#2:Debug.WriteLine({|#3:password|})|};
                {|#4:Trace.TraceInformation({|#5:password|})|};
            }
        }
        """,
        Leak("EG0101", 0, 1, "parameter password", "Activity.SetTag"),
        Leak("EG0101", 2, 3, "parameter password", "Debug.WriteLine"),
        Leak("EG0101", 4, 5, "parameter password", "Trace.TraceInformation"));

    [Fact]
    public Task SerilogNLogAndLog4Net_ByName_Report() => Verify("""
        namespace Serilog { public static class Log { public static void Information(string template, params object[] values) { } } }
        namespace NLog { public class Logger { public void Info(string message) { } } }
        namespace log4net { public interface ILog { void Warn(object message); } }
        class C
        {
            void M(string token, NLog.Logger nlog, log4net.ILog log4)
            {
                {|#0:Serilog.Log.Information("token {T}", {|#1:token|})|};
                {|#2:nlog.Info({|#3:token|})|};
                {|#4:log4.Warn({|#5:token|})|};
            }
        }
        """,
        Leak("EG0101", 0, 1, "parameter token", "Serilog Log.Information"),
        Leak("EG0101", 2, 3, "parameter token", "NLog Info"),
        Leak("EG0101", 4, 5, "parameter token", "log4net Warn"));

    [Fact]
    public Task HardcodedProviderKeyLogged_Reports_ButASecretNamedConstantHoldingAName_DoesNot()
    {
        var key = Eval752.Guardrails.Testing.Secrets.SecretShapes.OpenAiProjectKey();
        return Verify($$"""
            class C
            {
                const string ApiKeyVariable = "OPENAI_API_KEY";
                const string Fallback = "{{key}}";
                void M(ILogger logger)
                {
                    logger.LogInformation("Set {Variable}", ApiKeyVariable);
                    {|#0:logger.LogInformation("Using {Key}", {|#1:Fallback|})|};
                }
            }
            """, Leak("EG0101", 0, 1, "hardcoded openai secret", "ILogger.LogInformation"));
    }

    [Fact]
    public Task SanitizedMaskedMeasuredOrCompared_DoNotReport() => Verify("""
        static class Redact { public static string Secret(string? value) => "[redacted]"; }
        class C
        {
            void M(IConfiguration configuration, ILogger logger, string apiKey)
            {
                logger.LogInformation("key {Key}", Redact.Secret(apiKey));
                logger.LogInformation("key length {Length}", apiKey.Length);
                logger.LogInformation("key prefix {Prefix}", apiKey[..4]);
                logger.LogInformation("key suffix {Suffix}", apiKey[^4..]);
                logger.LogInformation("key set {Set}", !string.IsNullOrEmpty(apiKey));
                logger.LogInformation("same {Same}", apiKey == configuration["OPENAI_API_KEY"]);
                logger.LogInformation("hash {Hash}", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))));
            }
        }
        """);

    [Fact]
    public Task LookAlikeNamesAndNonSecretKeys_DoNotReport() => Verify("""
        class Usage { public int TokenCount { get; set; } public int MaxTokens { get; set; } public string KeyId { get; set; } = ""; public bool HasApiKey { get; set; } }
        class C
        {
            void M(IConfiguration configuration, ILogger logger, Usage usage, string provider)
            {
                logger.LogInformation("{Count} of {Max} tokens, key {KeyId}, has key {Has}", usage.TokenCount, usage.MaxTokens, usage.KeyId, usage.HasApiKey);
                logger.LogInformation("model {Model} at {Url}", configuration["Providers:OpenAI:Model"], configuration["Providers:OpenAI:BaseUrl"]);
                logger.LogWarning("Set OPENAI_API_KEY for provider {Provider}", provider);
                var passwordPolicy = configuration["PasswordPolicy"];
                logger.LogInformation("policy {Policy}", passwordPolicy);
            }
        }
        """);

    [Fact]
    public Task ReassignedWithARedactedValueBeforeTheLog_DoesNotReport() => Verify("""
        class C
        {
            static string Mask(string value) => "****";
            void M(ILogger logger, string token)
            {
                var shown = token;
                shown = Mask(shown);
                logger.LogInformation("token {T}", shown);
            }
        }
        """);

    [Fact]
    public Task ParameterCleanedBeforeTheLog_AndReassignedAfterIt_DoesNotReport() => Verify("""
        class C
        {
            static string Mask(string value) => "****";
            void M(ILogger logger, string token)
            {
                token = Mask(token);
                logger.LogInformation("token {T}", token);
                token = "";
            }
        }
        """);

    [Fact]
    public Task ClassifiedLoggerMessageParameter_IsRedactedByTheGenerator_NotReported() => Verify("""
        namespace Microsoft.Extensions.Compliance.Classification { public class DataClassificationAttribute : System.Attribute { } }
        sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Key {Key}")]
            public static void KeyUsed(ILogger logger, [PrivateData] string key) { }
        }
        class C
        {
            void M(ILogger logger, string apiKey) => Log.KeyUsed(logger, apiKey);
        }
        """);

    [Fact]
    public Task UnboundCode_NeverReports() => Verify("""
        class C
        {
            void M(ILogger logger, string apiKey)
            {
                logger.{|CS1061:LogNonsense|}(apiKey);
                {|CS0103:undefinedLogger|}.LogInformation(apiKey);
            }
        }
        """);
}
