using System.Collections.Generic;
using System.Text;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Keys;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// The checks on a repository's .env.example that need no compilation: the file reads as
/// NAME=value lines the same way in shells and in Docker Compose (EG0208), ENCRYPTION_KEY shows the
/// 64-hex format (EG0207) and no value is a real secret (EG0206, <see cref="EnvExampleSecrets"/>).
/// Shared by the MSBuild task and the CLI.
/// </summary>
internal static class EnvExampleChecks
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<FileFinding> MissingFile(string path) => new[]
    {
        new FileFinding(
            RuleCatalog.EncryptionKeyPlaceholderFormat,
            path,
            0,
            0,
            $".env.example was not found at '{path}'. Create it with the line {EncryptionKeyFormat.VariableName}={EncryptionKeyFormat.Placeholder} "
                + "(the 64-hex format, not a key), or point the Eval752EnvExample property at the file."),
    };

    public static IReadOnlyList<FileFinding> Check(string path, byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return new[]
            {
                new FileFinding(RuleCatalog.MalformedEnvExample, path, 1, 1, ".env.example is not valid UTF-8; save it as UTF-8 without BOM"),
            };
        }

        var document = DotEnvParser.Parse(text);
        var findings = new List<FileFinding>();
        foreach (var problem in document.Problems)
        {
            findings.Add(new FileFinding(RuleCatalog.MalformedEnvExample, path, problem.Line, problem.Column, problem.Message));
        }

        if (CheckEncryptionKey(path, document) is { } keyFinding)
        {
            findings.Add(keyFinding);
        }

        findings.AddRange(EnvExampleSecrets.Find(path, document));

        return findings;
    }

    private static FileFinding? CheckEncryptionKey(string path, DotEnvDocument document)
    {
        var entry = document.Find(EncryptionKeyFormat.VariableName);
        if (entry is null)
        {
            return new FileFinding(
                RuleCatalog.EncryptionKeyPlaceholderFormat,
                path,
                1,
                1,
                $"{EncryptionKeyFormat.VariableName} is missing from .env.example; add {EncryptionKeyFormat.VariableName}={EncryptionKeyFormat.Placeholder} "
                    + "so every service shows the shared 32-byte key's format (playbook section 2)");
        }

        var reason = EncryptionKeyFormat.Explain(entry.Value);
        return reason is null
            ? null
            : new FileFinding(
                RuleCatalog.EncryptionKeyPlaceholderFormat,
                path,
                entry.Line,
                entry.ValueColumn,
                $"{EncryptionKeyFormat.VariableName} in .env.example must be exactly {EncryptionKeyFormat.HexLength} hexadecimal characters (32 bytes), but {reason}; "
                    + $"use {EncryptionKeyFormat.Placeholder} as the placeholder");
    }
}
