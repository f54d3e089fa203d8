using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Eval752.Guardrails.Analyzers.Tests.Verifiers.FlowVerifier;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>EG0104: objects logged whole whose rendering shows a secret member; safe types and safe renderings stay quiet.</summary>
public sealed class SecretObjectLoggedRuleTests
{
    private const string Types = """
        using System;
        using System.Text;
        using Microsoft.Extensions.Logging;

        namespace Serilog { public static class Log { public static void Information(string template, params object?[] values) { } } }

        public sealed record ProviderSettings(string Name, string ApiKey);
        public sealed record SafeSettings(string Name, string ApiKey)
        {
            private bool PrintMembers(StringBuilder builder) { builder.Append("Name = ").Append(Name); return true; }
        }
        public sealed class Smtp { public string Host { get; set; } = ""; public string Password { get; set; } = ""; }
        public sealed class Mail { public string From { get; set; } = ""; public Smtp Relay { get; set; } = new(); }
        public sealed record Usage(int TokenCount, string Model);

        """;

    private static DiagnosticResult Whole(int sink, int value, string type, string how, string origin) =>
        new DiagnosticResult("EG0104", DiagnosticSeverity.Error).WithLocation(sink).WithLocation(value).WithArguments(type, how, origin);

    [Fact]
    public Task RecordWithASecret_AsStructuredArgumentOrInterpolated_Reports() => VerifyAsync(Types + """
        class C
        {
            void M(ILogger logger, ProviderSettings settings)
            {
                {|#0:logger.LogInformation("Settings {Settings}", {|#1:settings|})|};
                {|#2:Console.WriteLine($"loaded {{|#3:settings|}}")|};
            }
        }
        """,
        Whole(0, 1, "ProviderSettings", "ILogger.LogInformation (through its ToString)", "property ProviderSettings.ApiKey"),
        Whole(2, 3, "ProviderSettings", "Console.WriteLine (through its ToString)", "property ProviderSettings.ApiKey"));

    [Fact]
    public Task SerilogDestructuring_OneLevelDeep_Reports_ButAPlainHoleOfAClass_DoesNot() => VerifyAsync(Types + """
        class C
        {
            void M(Mail mail, Smtp smtp)
            {
                {|#0:Serilog.Log.Information("Mail {@Mail}", {|#1:mail|})|};
                Serilog.Log.Information("Relay {Relay}", smtp);
            }
        }
        """,
        Whole(0, 1, "Mail", "Serilog Log.Information ({@…} destructures it)", "property Smtp.Password"));

    [Fact]
    public Task ACollectionOfRecordsWithASecret_Reports_ACollectionOfSafeOnes_DoesNot() => VerifyAsync(Types + """
        class C
        {
            void M(ILogger logger, System.Collections.Generic.List<ProviderSettings> all, SafeSettings[] safe, System.Collections.Generic.List<string> names)
            {
                {|#0:logger.LogInformation("Providers {All}", {|#1:all|})|};
                logger.LogInformation("Providers {Safe} {Names}", safe, names);
            }
        }
        """,
        Whole(0, 1, "ProviderSettings", "ILogger.LogInformation (through its ToString)", "property ProviderSettings.ApiKey"));

    [Fact]
    public Task SafeRenderings_DoNotReport() => VerifyAsync(Types + """
        class C
        {
            void M(ILogger logger, SafeSettings safe, Usage usage, Smtp smtp, ProviderSettings settings)
            {
                logger.LogInformation("Settings {Settings}", safe);
                logger.LogInformation("Usage {Usage}", usage);
                logger.LogInformation("Relay {Relay}", smtp);
                logger.LogInformation("Provider {Name}", settings.Name);
                Serilog.Log.Information("Usage {@Usage}", usage);
            }
        }
        """);

    [Fact]
    public Task LogPropertiesWithoutClassification_Reports() => VerifyAsync(Types + """
        namespace Microsoft.Extensions.Logging { [AttributeUsage(AttributeTargets.Parameter)] public sealed class LogPropertiesAttribute : Attribute { } }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Relay configured")]
            public static void RelayConfigured(ILogger logger, [LogProperties] Smtp relay) { }
        }
        class C
        {
            void M(ILogger logger, Smtp smtp) => {|#0:Log.RelayConfigured(logger, {|#1:smtp|})|};
        }
        """,
        Whole(0, 1, "Smtp", "[LoggerMessage] method RelayConfigured ([LogProperties] writes every property)", "property Smtp.Password"));
}
