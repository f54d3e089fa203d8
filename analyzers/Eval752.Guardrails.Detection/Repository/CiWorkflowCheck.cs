using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Globalization;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Placeholders;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Repository;

/// <summary>
/// EG0302: a CI configuration (GitHub Actions workflows, <c>.gitlab-ci.yml</c>, <c>azure-pipelines.yml</c>) sets
/// a secret-named variable or action input to a literal instead of a reference to the CI's secret store.
/// The YAML is read by its block structure (indentation, <c>key: value</c>, <c>- </c> items, block scalars
/// skipped), which is how CI files are written: values under <c>env:</c>, <c>variables:</c>, <c>with:</c> and
/// <c>secrets:</c>, GitLab's <c>KEY: { value: … }</c> and Azure's <c>- name: KEY / value: …</c> pairs. References
/// (<c>${{ … }}</c>, <c>$(X)</c>, <c>$X</c>, <c>${X}</c>), empty values and placeholders are not literals.
/// Linear in the file; one pass.
/// </summary>
internal static class CiWorkflowCheck
{
    private static readonly HashSet<string> ValueBlocks = new(StringComparer.Ordinal) { "env", "variables", "with", "secrets" };

    public static bool IsCiFile(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var name = path.Substring(path.LastIndexOf('/') + 1);
        return name == ".gitlab-ci.yml"
            || name == "azure-pipelines.yml"
            || (path.IndexOf(".github/workflows/", StringComparison.Ordinal) >= 0 && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)));
    }

    [MethodImpl(Hot.Loop)]
    public static IEnumerable<FileFinding> Check(string path, string text)
    {
        var findings = new List<FileFinding>();

        // The open mappings above the current line: (indentation, key).
        var parents = new List<(int Indent, string Key)>();
        var blockScalarIndent = -1;
        string? azureName = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            var content = line.TrimStart(' ');
            var indent = line.Length - content.Length;
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            if (blockScalarIndent >= 0)
            {
                if (indent > blockScalarIndent)
                {
                    continue;
                }

                blockScalarIndent = -1;
            }

            // "- key: value" opens a sequence item: its keys sit two columns further in.
            var item = content.StartsWith("- ", StringComparison.Ordinal);
            if (item)
            {
                content = content.Substring(2).TrimStart(' ');
                indent += 2;
                azureName = null;
            }

            while (parents.Count > 0 && parents[parents.Count - 1].Indent >= indent)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            if (!SplitKeyValue(content, out var key, out var value, out var valueOffset))
            {
                continue;
            }

            if (value.Length == 0)
            {
                parents.Add((indent, key));
                continue;
            }

            if (value == "|" || value == ">" || value.StartsWith("|", StringComparison.Ordinal) || value.StartsWith(">", StringComparison.Ordinal))
            {
                blockScalarIndent = indent;
            }

            var parent = parents.Count > 0 ? parents[parents.Count - 1].Key : null;
            var column = line.Length - content.Length + valueOffset + 1;
            if (key == "name" && parent == "variables")
            {
                azureName = Unquote(value);
                continue;
            }

            var secretName =
                key == "value" && azureName is not null && parent == "variables" ? azureName
                : key == "value" && parent is not null && parents.Count > 1 && parents[parents.Count - 2].Key == "variables" ? parent
                : parent is not null && ValueBlocks.Contains(parent) ? key
                : null;
            if (secretName is not null && SecretNames.IsSecretName(secretName) && IsLiteral(value))
            {
                var literal = Unquote(value);
                findings.Add(new FileFinding(
                    RuleCatalog.CiPlaintextValue,
                    path,
                    number,
                    column,
                    $"{secretName} is set to a literal ({literal.Length.ToString(CultureInfo.InvariantCulture)} characters, fingerprint {SecretFingerprint.Of(literal)}) instead of a secret reference; store it in the CI's secret store and reference it (GitHub: ${{{{ secrets.{secretName} }}}}, GitLab: a masked, protected variable, Azure Pipelines: a secret variable read as $({secretName})), then rotate it (playbook section 5)"));
            }
        }

        return findings;
    }

    private static bool IsLiteral(string raw)
    {
        var value = Unquote(raw);
        if (value.Length == 0 || value.IndexOf("${{", StringComparison.Ordinal) >= 0 || value.IndexOf("$(", StringComparison.Ordinal) >= 0 || value[0] == '$')
        {
            return false;
        }

        // Booleans, numbers and short words configure behaviour (mask: true, retries: 3), they are not secrets.
        return value.Length >= 6 && !PlaceholderCatalog.IsPlaceholder(value) && !bool.TryParse(value, out _) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static string Unquote(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0 && value[0] != '"' && value[0] != '\'')
        {
            value = value.Substring(0, hash);
        }

        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;
    }

    /// <summary><c>key: value</c> (plain or quoted key); false for anything else (a bare list item, a flow collection).</summary>
    private static bool SplitKeyValue(string content, out string key, out string value, out int valueOffset)
    {
        key = value = string.Empty;
        valueOffset = 0;
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && content.EndsWith(":", StringComparison.Ordinal))
        {
            colon = content.Length - 1;
        }

        if (colon <= 0)
        {
            return false;
        }

        key = content.Substring(0, colon).Trim().Trim('"', '\'');
        valueOffset = colon + 1;
        while (valueOffset < content.Length && content[valueOffset] == ' ')
        {
            valueOffset++;
        }

        value = valueOffset < content.Length ? content.Substring(valueOffset).TrimEnd() : string.Empty;
        return key.Length > 0 && key.IndexOf(' ') < 0;
    }
}
