using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// <c>Password=</c> / <c>Pwd=</c> in ADO.NET-style connection strings (Npgsql, SqlClient, MySQL) and the
/// <c>password=</c> option of StackExchange.Redis configuration strings; the value runs to <c>;</c>,
/// <c>,</c>, a quote or the end, and must be a real credential (<see cref="CredentialValue"/>).
/// </summary>
internal sealed class ConnectionStringPasswordDetector : SecretDetector
{
    public override string Kind => "connection-string-password";

    public override SecretConfidence Confidence => SecretConfidence.Medium;

    public override SecretFamily Family => SecretFamily.Credential;

    public override IReadOnlyList<string> Anchors { get; } = new[] { "Password=", "password=", "PASSWORD=", "Pwd=", "pwd=", "PWD=" };

    public override int Match(string text, int start, string anchor)
    {
        var valueStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, valueStart, c => c != ';' && c != ',' && c != '"' && c != '\'' && c != '\n' && c != '\r' && c != ' ', 200);
        return CredentialValue.IsReal(text, valueStart, end - valueStart) ? end - start : 0;
    }
}
