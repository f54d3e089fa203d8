using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// AWS secret access keys: 40 characters of base64 (<c>A-Z a-z 0-9 / +</c>) with no marker of their own, so they
/// are only recognised beside their name. In text, the name is the anchor: <c>aws_secret_access_key = …</c>
/// (credentials files), <c>AWS_SECRET_ACCESS_KEY=…</c> (env files, shells, CI), <c>"SecretAccessKey": "…"</c>
/// (JSON, YAML). In code, <see cref="FromName"/> takes the name the value is stored under or passed as
/// (<c>awsSecretAccessKey</c>, <c>new BasicAWSCredentials(id, secretKey: …)</c>).
/// </summary>
internal sealed class AwsSecretAccessKeyDetector : SecretDetector
{
    private const int KeyLength = 40;

    public static AwsSecretAccessKeyDetector Instance { get; } = new();

    public override string Kind => "aws-secret-access-key";

    public override IReadOnlyList<string> Anchors { get; } = new[]
    {
        // Anchors start tokens, so MINIO_SECRET_ACCESS_KEY-style names never reach a bare SECRET_ACCESS_KEY anchor.
        "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey", "secretAccessKey",
    };

    [MethodImpl(Hot.Loop)]
    public override int Match(string text, int start, string anchor)
    {
        // The name, then what languages put between a name and its value: closing quote, blanks, '=' or ':', opening quote.
        var i = start + anchor.Length;
        var limit = System.Math.Min(text.Length, i + 8);
        var separator = false;
        while (i < limit && text[i] is '"' or '\'' or ' ' or '\t' or '=' or ':')
        {
            separator |= text[i] is '=' or ':';
            i++;
        }

        var end = TokenText.RunEnd(text, i, IsBase64, KeyLength);
        return separator && IsKeyAt(text, i, end) ? end - start : 0;
    }

    /// <summary>The key alone, without the name and separators the match starts with.</summary>
    public override (int Start, int Length) SecretSpan(string text, int start, int length) => (start + length - KeyLength, KeyLength);

    /// <summary>The finding for a value stored under <paramref name="name"/>, when the name says AWS secret key and the value has the shape.</summary>
    public static SecretFinding? FromName(string name, string value)
    {
        if (value.Length != KeyLength || !IsKeyAt(value, 0, value.Length) || !IsAwsSecretName(name) || Placeholders.PlaceholderCatalog.IsPlaceholder(value))
        {
            return null;
        }

        return new SecretFinding(Instance.Kind, SecretConfidence.High, 0, value.Length, SecretFingerprint.Of(value), SecretFamily.ProviderKey);
    }

    private static bool IsKeyAt(string text, int start, int end) =>
        end - start == KeyLength
        && TokenText.EndsToken(text, end, IsBase64)
        && TokenText.HasVariety(text, start, KeyLength, 20)
        && HasEveryClass(text, start, end);

    // Random base64 of 40 characters has upper, lower and digits (the odds against are below one in a thousand);
    // names, paths and words run together do not.
    private static bool HasEveryClass(string text, int start, int end)
    {
        bool upper = false, lower = false, digit = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
            digit |= c is >= '0' and <= '9';
        }

        return upper && lower && digit;
    }

    private static bool IsAwsSecretName(string name)
    {
        var words = IdentifierWords.Split(name);
        bool aws = false, secret = false, access = false;
        foreach (var word in words)
        {
            aws |= word == "aws";
            secret |= word is "secret" or "secretaccesskey";
            access |= word == "access";
        }

        // secretKey: the AWS SDK's credential constructors name their parameter so (BasicAWSCredentials(accessKey, secretKey)).
        return secret && (aws || access || name == "secretKey");
    }

    private static bool IsBase64(char c) => TokenText.IsAlphanumeric(c) || c == '/' || c == '+';
}
