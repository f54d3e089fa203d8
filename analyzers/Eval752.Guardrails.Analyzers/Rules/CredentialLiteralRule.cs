using System.Globalization;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0002: a credential in a string constant: a password in a connection string (Npgsql, SqlClient,
/// StackExchange.Redis keywords), user information in a URL (<c>postgres://user:pass@</c>,
/// <c>redis://:pass@</c>, <c>amqp://</c>, <c>mongodb+srv://</c>) or a literal <c>Authorization</c> value
/// (<see cref="SecretFamily.Credential"/>). Runs inside <see cref="SecretLiteralAnalyzer"/>.
/// </summary>
internal static class CredentialLiteralRule
{
    public static void Check(in LiteralReport report, IOperation literal, SecretFinding finding)
    {
        if (finding.Family != SecretFamily.Credential)
        {
            return;
        }

        report.Report(
            Descriptors.Descriptors.HardcodedCredential,
            literal.Syntax.GetLocation(),
            Descriptors.Descriptors.HardcodedCredential.DefaultSeverity,
            FindingProperties.Of(finding.Kind, finding.Fingerprint),
            finding.Kind,
            finding.Length.ToString(CultureInfo.InvariantCulture),
            finding.Fingerprint,
            RemedyFor(finding.Kind));
    }

    /// <summary>What to do instead, by where the credential sits: a header token is not a connection string.</summary>
    private static string RemedyFor(string kind) => kind switch
    {
        "url-credentials" => "take the URL, or its user and password, from configuration or a secret store",
        "authorization-header" => "read the token from configuration or a secret store and set the header at run time",
        _ => "build the connection string from configuration (ConnectionStrings__<Name>) or a secret store",
    };
}
