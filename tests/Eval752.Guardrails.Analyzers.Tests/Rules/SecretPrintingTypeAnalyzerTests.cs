using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.SecretPrintingTypeAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>EG0103: records, ToString overrides, PrintMembers, DebuggerDisplay and serialized types that show a secret member.</summary>
public sealed class SecretPrintingTypeAnalyzerTests
{
    private static DiagnosticResult At(int location, string member, string how, string fix) =>
        new DiagnosticResult("EG0103", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(member, how, fix);

    private const string RecordFix = "declare a PrintMembers that redacts it, or hold it in a ProviderSecret";

    [Fact]
    public Task RecordWithASecretProperty_SynthesizedToStringPrintsIt_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        public record ProviderSettings(string Name, string {|#0:ApiKey|});
        public sealed record SmtpSettings
        {
            public string Host { get; init; } = "";
            public string {|#1:Password|} { get; init; } = "";
        }
        """,
        At(0, "ProviderSettings.ApiKey", "the record's synthesized ToString prints it", RecordFix),
        At(1, "SmtpSettings.Password", "the record's synthesized ToString prints it", RecordFix));

    [Fact]
    public Task RecordWithASafePrintMembers_OrOnlyNonSecretMembers_DoesNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Text;
        public sealed record ProviderSettings(string Name, string ApiKey)
        {
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Name = ").Append(Name).Append(", ApiKey = [redacted], length ").Append(ApiKey.Length);
                return true;
            }
        }
        public record Usage(int TokenCount, int MaxTokens, string KeyId, bool HasApiKey, string ApiKeyFingerprint);
        public record Wrapped(string Name, ProviderSecret Secret);
        public sealed class ProviderSecret { public override string ToString() => "ProviderSecret(redacted)"; }
        """);

    [Fact]
    public Task ToStringOverrideOrPrintMembersIncludingTheSecret_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Text;
        public sealed class Connection
        {
            public string Host { get; set; } = "";
            public string Password { get; set; } = "";
            public override string {|#0:ToString|}() => $"{Host} ({Password})";
        }
        public sealed record Token(string Value, string RefreshToken)
        {
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("RefreshToken = ").Append({|#1:RefreshToken|});
                return true;
            }
        }
        """,
        At(0, "Connection.ToString()", "returns the property Connection.Password", "print its fingerprint (Redact.Secret) or leave it out"),
        At(1, "Token.PrintMembers", "appends the property Token.RefreshToken", "append its fingerprint (Redact.Secret) or leave it out"));

    [Fact]
    public Task DebuggerDisplayNamingTheSecret_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Diagnostics;
        [{|#0:DebuggerDisplay("{Name} {ClientSecret,nq}")|}]
        public sealed class Client
        {
            public string Name { get; set; } = "";
            public string ClientSecret { get; set; } = "";
        }
        [DebuggerDisplay("{Name}")]
        public sealed class SafeClient
        {
            public string Name { get; set; } = "";
            public string ClientSecret { get; set; } = "";
        }
        """,
        At(0, "Client.ClientSecret", "[DebuggerDisplay] shows it", "leave it out of the display string"));

    [Fact]
    public Task SerializedTypeWithoutJsonIgnore_Reports_IgnoredOrOptionsClasses_DoNot() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        public sealed class ProviderResponse
        {
            public string Name { get; set; } = "";
            public string {|#0:ApiKey|} { get; set; } = "";
        }
        public sealed class CachedToken
        {
            [JsonPropertyName("user")] public string User { get; set; } = "";
            public string {|#1:AccessToken|} { get; set; } = "";
            [JsonIgnore] public string RefreshToken { get; set; } = "";
        }
        [DataContract]
        public sealed class Message
        {
            [DataMember] public string Body { get; set; } = "";
            public string Password { get; set; } = "";
        }
        public sealed class OpenAiOptions
        {
            public string ApiKey { get; set; } = "";
        }
        [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
        public sealed class CreateProviderRequest
        {
            [JsonPropertyName("apiKey")] public string ApiKey { get; set; } = "";
        }
        """,
        At(0, "ProviderResponse.ApiKey", "ProviderResponse is serialized (a response type) with nothing ignoring it", "add [JsonIgnore] (or [IgnoreDataMember]), or keep it out of the serialized type"),
        At(1, "CachedToken.AccessToken", "CachedToken is serialized (JSON attributes) with nothing ignoring it", "add [JsonIgnore] (or [IgnoreDataMember]), or keep it out of the serialized type"));

    [Fact]
    public Task SecretAttributeOnAPositionalParameter_MarksTheProperty() => VerifyCS.VerifyAnalyzerAsync("""
        [System.AttributeUsage(System.AttributeTargets.All)] public sealed class SecretAttribute : System.Attribute { }
        public sealed record Hook(string Name, [Secret] string {|#0:Url|});
        """,
        At(0, "Hook.Url", "the record's synthesized ToString prints it", RecordFix));
}
