using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// A password in a URL's user information: <c>postgres(ql)://user:pass@</c>, <c>redis(s)://:pass@</c>,
/// <c>amqp(s)://</c>, <c>mongodb(+srv)://</c>, <c>mysql://</c>, <c>http(s)://</c>, <c>ftp://</c>.
/// </summary>
internal sealed class UrlCredentialsDetector : SecretDetector
{
    public override string Kind => "url-credentials";

    public override SecretConfidence Confidence => SecretConfidence.Medium;

    public override SecretFamily Family => SecretFamily.Credential;

    public override IReadOnlyList<string> Anchors { get; } = new[]
    {
        "postgres://", "postgresql://", "redis://", "rediss://", "amqp://", "amqps://", "mongodb://", "mongodb+srv://",
        "mysql://", "mssql://", "sqlserver://", "http://", "https://", "ftp://", "smtp://", "smtps://",
    };

    [MethodImpl(Hot.Loop)]
    public override int Match(string text, int start, string anchor)
    {
        var userStart = start + anchor.Length;
        var at = -1;
        var colon = -1;
        var limit = Math.Min(text.Length, userStart + 256);
        for (var i = userStart; i < limit; i++)
        {
            var c = text[i];
            if (c == '@')
            {
                at = i;
                break;
            }

            if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == ' ' || c == '\n')
            {
                return 0;
            }

            if (c == ':' && colon < 0)
            {
                colon = i;
            }
        }

        if (at < 0 || colon < 0 || !CredentialValue.IsReal(text, colon + 1, at - colon - 1))
        {
            return 0;
        }

        return at - start;
    }
}
