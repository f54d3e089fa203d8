using System;
using System.Collections.Generic;
using System.Globalization;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Keys;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// EG0206: a value in .env.example that looks like a real secret rather than a placeholder. The
/// template is committed and copied into every environment (playbook section 5), so a real value in it
/// is a leaked secret. Three questions, most certain first: does the detection engine find a provider
/// key or credential in it (placeholders and loopback development defaults excluded); is a variable
/// named like an encryption key set to random-looking key material; is a secret-named variable set to a
/// plausible, high-entropy value. Low-entropy values and values that spell a placeholder word
/// (<c>postgres</c>, <c>devpassword</c>, <c>changeme</c>) are placeholders.
/// </summary>
internal static class EnvExampleSecrets
{
    /// <summary>Bits per character below which a value reads as typed by a person, not generated (random alphanumerics reach 4+).</summary>
    private const double MinimumEntropy = 3.0;

    private const int MinimumGenericLength = 8;

    private static readonly string[] PlaceholderWords =
    {
        "password", "passwd", "secret", "changeme", "example", "sample", "dummy", "test", "local", "dev", "default", "admin",
    };

    public static IEnumerable<FileFinding> Find(string path, DotEnvDocument document)
    {
        foreach (var entry in document.Entries)
        {
            if (entry.Value.Length > 0 && Check(path, entry) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static FileFinding? Check(string path, DotEnvEntry entry)
    {
        var valueColumn = entry.ValueColumn + (entry.IsQuoted ? 1 : 0);
        var findings = SecretScanner.Scan(entry.Value);
        if (findings.Count > 0)
        {
            var first = findings[0];
            var what = first.Family == SecretFamily.Credential ? $"a {first.Kind} credential" : $"a {first.Kind} key";
            return Report(path, entry, valueColumn + first.Start, what, first.Length, first.Fingerprint);
        }

        if (EncryptionKeyNames.IsEncryptionKeyName(entry.Name))
        {
            return IsRandomKeyMaterial(entry.Value)
                ? Report(path, entry, valueColumn, "random-looking key material", entry.Value.Length, SecretFingerprint.Of(entry.Value))
                : null;
        }

        return SecretNames.IsSecretName(entry.Name) && IsGeneratedLooking(entry.Value)
            ? Report(path, entry, valueColumn, "a random-looking secret", entry.Value.Length, SecretFingerprint.Of(entry.Value))
            : null;
    }

    private static FileFinding Report(string path, DotEnvEntry entry, int column, string what, int length, string fingerprint) => new(
        RuleCatalog.RealSecretInEnvExample,
        path,
        entry.Line,
        column,
        $"{entry.Name} in .env.example holds {what} ({length.ToString(CultureInfo.InvariantCulture)} characters, fingerprint {fingerprint}) instead of a placeholder; "
            + "leave the value empty or write a placeholder (changeme, <your-key>), and rotate the secret: it is in the repository's history");

    /// <summary>Hex or base64 key text whose bytes are not a format placeholder (zeros, counting, a repeated unit).</summary>
    private static bool IsRandomKeyMaterial(string value)
    {
        if (!KeyMaterialText.LooksLikeKeyText(value) || KeyMaterialText.IsShortRepetition(value))
        {
            return false;
        }

        var bytes = Decode(value);
        return bytes is not null && !KeyMaterialText.IsZeroOrCounting(bytes);
    }

    private static bool IsGeneratedLooking(string value) =>
        value.Length >= MinimumGenericLength
        && GenericSecretValue.IsPlausible(value)
        && !KeyMaterialText.IsShortRepetition(value)
        && !ContainsPlaceholderWord(value)
        && Entropy(value) >= MinimumEntropy;

    private static bool ContainsPlaceholderWord(string value)
    {
        foreach (var word in PlaceholderWords)
        {
            if (value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shannon entropy of the value's characters, in bits per character.</summary>
    private static double Entropy(string value)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    private static byte[]? Decode(string value)
    {
        if (KeyMaterialText.IsHex(value))
        {
            var bytes = new byte[value.Length / 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = byte.Parse(value.Substring(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            return bytes;
        }

        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
