using System;
using System.Collections.Generic;
using System.Globalization;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// EG0301: secrets in repository files the compiler never sees. Two passes over the text: the engine's
/// shapes (<see cref="SecretScanner"/>, exact positions) everywhere, then the name-based rule: a value the
/// file's structure stores under a secret name (<see cref="SecretNames"/>) that looks like a real secret
/// (<see cref="GenericSecretValue"/>) and is not already a shape finding. Built frontend assets get only the
/// engine's credential shapes (minified code is full of secret-looking names; EG0304 reports provider keys
/// there), CI configurations only shapes on lines EG0302 does not already report. Messages name the kind,
/// confidence, length, fingerprint and where the value is, never the value.
/// </summary>
internal static class RepositorySecretsCheck
{
    public static List<FileFinding> Check(string path, string text, RepositoryFileKind kind) =>
        kind == RepositoryFileKind.None ? new List<FileFinding>() : Check(path, text, kind, SecretScanner.Scan(text));

    /// <summary>As <see cref="Check(string, string, RepositoryFileKind)"/>, with the engine's findings in <paramref name="text"/> already at hand (a scan shares them with EG0304).</summary>
    public static List<FileFinding> Check(string path, string text, RepositoryFileKind kind, IReadOnlyList<SecretFinding> shapes)
    {
        var findings = new List<FileFinding>();
        if (kind == RepositoryFileKind.None)
        {
            return findings;
        }

        TextPositions? positions = null; // most files have no finding: the line index is built on the first
        var fileName = System.IO.Path.GetFileName(path);
        var reportedLines = kind == RepositoryFileKind.CiConfiguration ? CiLines(path, text) : null;
        foreach (var shape in shapes)
        {
            if (kind == RepositoryFileKind.Bundle && shape.Family != SecretFamily.Credential)
            {
                continue;
            }

            var (line, column) = (positions ??= new TextPositions(text)).Of(shape.Start);
            if (reportedLines is null || !reportedLines.Contains(line))
            {
                findings.Add(Finding(path, line, column, shape.Kind, shape.Confidence, shape.Length, shape.Fingerprint, null, fileName, kind));
            }
        }

        if (kind is RepositoryFileKind.Bundle or RepositoryFileKind.CiConfiguration or RepositoryFileKind.Text)
        {
            return findings;
        }

        foreach (var value in NamedValues(text, kind))
        {
            if (!Overlaps(shapes, value.Offset, value.Value.Length))
            {
                var (line, column) = (positions ??= new TextPositions(text)).Of(value.Offset);
                findings.Add(Finding(path, line, column, "generic", SecretConfidence.Low, value.Value.Length, SecretFingerprint.Of(value.Value), value.Path, fileName, kind));
            }
        }

        findings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return findings;
    }

    /// <summary>The values stored under secret names that look like real secrets, by the file's structure.</summary>
    private static List<KeyedValue> NamedValues(string text, RepositoryFileKind kind)
    {
        switch (kind)
        {
            case RepositoryFileKind.Json:
                return JsonValues.Read(text, IsNamedSecret);
            case RepositoryFileKind.Yaml:
                return YamlValues.Read(text, IsNamedSecret);
            case RepositoryFileKind.XmlConfig:
                return XmlConfigValues.Read(text, IsNamedSecret);
            case RepositoryFileKind.Assignments:
                return AssignmentValues.Read(text, IsNamedSecret);
            case RepositoryFileKind.DotEnv:
                var values = new List<KeyedValue>();
                TextPositions? positions = null;
                foreach (var entry in DotEnvParser.Parse(text).Entries)
                {
                    if (IsNamedSecret(entry.Name, entry.Value))
                    {
                        var (start, _) = (positions ??= new TextPositions(text)).LineSpan(text, entry.Line);
                        values.Add(new KeyedValue(entry.Name, entry.Name, entry.Value, start + entry.ValueColumn - 1));
                    }
                }

                return values;
            default:
                return new List<KeyedValue>();
        }
    }

    /// <summary>The shape of a secret is checked first: it is cheap and rejects almost every value before the name is split into words.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static bool IsNamedSecret(string key, string value) =>
        GenericSecretValue.HasSecretShape(value) && NameClassificationCache.Secret.Matches(key) && !GenericSecretValue.IsNameOrPlaceholder(value);

    private static bool Overlaps(IReadOnlyList<SecretFinding> shapes, int start, int length)
    {
        foreach (var shape in shapes)
        {
            if (shape.Start < start + length && start < shape.Start + shape.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> CiLines(string path, string text)
    {
        var lines = new HashSet<int>();
        foreach (var finding in CiWorkflowCheck.Check(path, text))
        {
            lines.Add(finding.Line);
        }

        return lines;
    }

    private static FileFinding Finding(string path, int line, int column, string secretKind, SecretConfidence confidence, int length, string fingerprint, string? keyPath, string fileName, RepositoryFileKind kind)
    {
        var where = keyPath is null ? fileName : $"{fileName} under {keyPath}";
        var what = secretKind == "generic" ? "A secret-named value" : $"{("aeiou".IndexOf(secretKind[0]) >= 0 ? "An" : "A")} {secretKind} secret";
        return new FileFinding(
            RuleCatalog.SecretInRepositoryFile,
            path,
            line,
            column,
            $"{what} ({confidence.ToString().ToLowerInvariant()} confidence, {length.ToString(CultureInfo.InvariantCulture)} characters, fingerprint {fingerprint}) is written in {where}; {Remedy(kind, keyPath)}, and rotate it: anyone with the repository has it (playbook section 5). A value that is not a secret can be accepted with a comment 'eval752-guard:allow <reason>' on the line or the line above");
    }

    private static string Remedy(RepositoryFileKind kind, string? keyPath) => kind switch
    {
        RepositoryFileKind.Json when keyPath is not null =>
            $"remove it and supply it from the environment as {keyPath.Replace(":", "__")} (or user-secrets in development)",
        RepositoryFileKind.Json => "remove it and supply it from the environment (or user-secrets in development)",
        RepositoryFileKind.Yaml => "reference it instead (a Kubernetes secretKeyRef, a compose ${VARIABLE} read from an untracked .env, a Helm value set at deploy time)",
        RepositoryFileKind.XmlConfig => "remove it and supply it from the environment or a secret store (for nuget.config, %VARIABLE% references)",
        RepositoryFileKind.DotEnv => "keep real values in an untracked .env (ignored by .gitignore) and only placeholders in committed env files",
        RepositoryFileKind.Bundle => "remove it from the frontend source and rebuild: browsers must never receive credentials",
        _ => "read it from the environment or a secret store at run time instead of writing it in the file",
    };
}
