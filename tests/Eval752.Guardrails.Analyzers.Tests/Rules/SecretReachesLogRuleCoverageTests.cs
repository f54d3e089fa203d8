using static Eval752.Guardrails.Analyzers.Tests.Verifiers.FlowVerifier;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>
/// EG0101 across the rest of issue 4's lists: each sink family once more (ILogger.Log, [LoggerMessage], Serilog's
/// ILogger/ForContext/PushProperty, TraceSource, Activity events), and each remaining source and flow
/// ([Sensitive], a DataClassificationAttribute subclass, a getter summary, tuples, string.Concat, Substring).
/// </summary>
public sealed class SecretReachesLogRuleCoverageTests
{
    private const string Prelude = """
        using System;
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;

        namespace Serilog
        {
            public interface ILogger { void Warning(string template, params object?[] values); ILogger ForContext(string name, object? value, bool destructure = false); }
        }
        namespace Serilog.Context { public static class LogContext { public static IDisposable PushProperty(string name, object? value, bool destructure = false) => null!; } }
        namespace Microsoft.Extensions.Compliance.Classification { public class DataClassificationAttribute : Attribute { } }
        sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        [AttributeUsage(AttributeTargets.All)] sealed class SensitiveAttribute : Attribute { }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Key {Key}")]
            public static void KeyUsed(ILogger logger, string key) { }
        }
        sealed class Holder
        {
            private readonly string apiKey = "";
            public string Current => apiKey;
            [Sensitive] public string Hook { get; set; } = "";
            [PrivateData] public string Note { get; set; } = "";
        }

        """;

    [Theory]
    [InlineData("logger.Log(LogLevel.Warning, new EventId(1), {|#1:secret|}, null, (s, e) => s)", "ILogger.Log")]
    [InlineData("Log.KeyUsed(logger, {|#1:secret|})", "[LoggerMessage] method KeyUsed")]
    [InlineData("serilog.Warning(\"{S}\", {|#1:secret|})", "Serilog ILogger.Warning")]
    [InlineData("serilog.ForContext(\"key\", {|#1:secret|})", "Serilog ILogger.ForContext")]
    [InlineData("Serilog.Context.LogContext.PushProperty(\"key\", {|#1:secret|})", "Serilog LogContext.PushProperty")]
    [InlineData("source.TraceInformation({|#1:secret|})", "TraceSource.TraceInformation")]
    [InlineData("activity.AddTag(\"key\", {|#1:secret|})", "Activity.AddTag")]
    [InlineData("Console.Error.WriteLine({|#1:secret|})", "Console.Error.WriteLine")]
    public Task EverySinkFamily_Reports(string sink, string sinkName) => VerifyAsync(Prelude + $$"""
        class C
        {
            void M(ILogger logger, Serilog.ILogger serilog, TraceSource source, Activity activity, string secret)
            {
                {|#0:{{sink}}|};
            }
        }
        """, Leak("EG0101", 0, 1, "parameter secret", sinkName));

    [Theory]
    [InlineData("{|#1:holder.Current|}", "field Holder.apiKey")]
    [InlineData("{|#1:holder.Hook|}", "property Holder.Hook (marked secret)")]
    [InlineData("{|#1:holder.Note|}", "property Holder.Note (marked secret)")]
    [InlineData("(\"k\", {|#1:token|}).ToString()", "parameter token")]
    [InlineData("string.Concat(\"k=\", {|#1:token|})", "parameter token")]
    [InlineData("{|#1:token|}.Substring(2)", "parameter token")]
    [InlineData("{|#1:token|}[2..]", "parameter token")]
    public Task EveryRemainingSourceAndFlow_Reports(string value, string origin) => VerifyAsync(Prelude + $$"""
        class C
        {
            void M(ILogger logger, Holder holder, string token)
            {
                {|#0:logger.LogInformation("{V}", {{value}})|};
            }
        }
        """, Leak("EG0101", 0, 1, origin, "ILogger.LogInformation"));
}
