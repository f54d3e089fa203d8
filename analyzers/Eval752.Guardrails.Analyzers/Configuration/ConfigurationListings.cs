using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.DotEnv;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// Where a compilation's configuration variables are listed: <c>.env.example</c> and the Configuration
/// docs, both AdditionalFiles the package's targets add (the docs carry the item metadata
/// <c>Eval752Kind=ConfigurationDocs</c>; a file named <c>configuration.md</c> counts without it). Each
/// file is parsed once per text snapshot, so typing in code re-reads nothing.
/// </summary>
internal sealed class ConfigurationListings
{
    public const string KindMetadata = "build_metadata.AdditionalFiles.Eval752Kind";
    public const string DocsKind = "ConfigurationDocs";
    public const string FrameworkKeysProperty = "build_property.Eval752FrameworkKeys";
    public const string EnabledProperty = "build_property.Eval752GuardrailsEnabled";

    private static readonly ConditionalWeakTable<SourceText, HashSet<string>> EnvExampleCache = new();
    private static readonly ConditionalWeakTable<SourceText, HashSet<string>> DocsCache = new();

    private ConfigurationListings(string? envExamplePath, HashSet<string>? envExample, string? docsPath, HashSet<string>? docs, IReadOnlyList<string> frameworkPatterns, bool filesExpected)
    {
        FilesExpected = filesExpected;
        EnvExamplePath = envExamplePath;
        EnvExample = envExample;
        DocsPath = docsPath;
        Docs = docs;
        FrameworkPatterns = frameworkPatterns;
    }

    public string? EnvExamplePath { get; }

    /// <summary>Canonical names in .env.example; null when the project has none.</summary>
    public HashSet<string>? EnvExample { get; }

    public string? DocsPath { get; }

    /// <summary>Canonical names documented in the Configuration docs; null when the project has none.</summary>
    public HashSet<string>? Docs { get; }

    public IReadOnlyList<string> FrameworkPatterns { get; }

    /// <summary>
    /// The spelling of <paramref name="variable"/> the listings use, for an app that also reads its
    /// environment through prefixes: as is, or the first <c>prefix + variable</c> listed; null when neither is.
    /// </summary>
    public string? FirstListed(IReadOnlyList<string> prefixes, string variable)
    {
        if (EnvExample?.Contains(variable) == true || Docs?.Contains(variable) == true)
        {
            return variable;
        }

        foreach (var prefix in prefixes)
        {
            var candidate = prefix + variable;
            if (EnvExample?.Contains(candidate) == true || Docs?.Contains(candidate) == true)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// False when the project turned the package's build-time checks off (<c>Eval752GuardrailsEnabled=false</c>):
    /// the targets then add no listing file, so a missing one says nothing about the repository.
    /// </summary>
    public bool FilesExpected { get; }

    public static ConfigurationListings Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        AdditionalText? envExample = null;
        AdditionalText? docs = null;
        foreach (var file in options.AdditionalFiles)
        {
            var name = Path.GetFileName(file.Path);
            if (string.Equals(name, ".env.example", StringComparison.OrdinalIgnoreCase))
            {
                envExample ??= file;
            }
            else if ((options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind) && kind == DocsKind)
                || string.Equals(name, "configuration.md", StringComparison.OrdinalIgnoreCase))
            {
                docs ??= file;
            }
        }

        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(FrameworkKeysProperty, out var extraPatterns);
        var filesExpected = !(global.TryGetValue(EnabledProperty, out var enabled) && string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase));
        return new ConfigurationListings(
            envExample?.Path,
            envExample is null ? null : Names(envExample, EnvExampleCache, EnvExampleNames, cancellationToken),
            docs?.Path,
            docs is null ? null : Names(docs, DocsCache, DocsNames, cancellationToken),
            ConfigurationVariable.FrameworkPatterns(extraPatterns),
            filesExpected);
    }

    private static HashSet<string>? Names(AdditionalText file, ConditionalWeakTable<SourceText, HashSet<string>> cache, Func<string, HashSet<string>> parse, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return text is null ? null : cache.GetValue(text, snapshot => parse(snapshot.ToString()));
    }

    private static HashSet<string> EnvExampleNames(string text)
    {
        var names = new HashSet<string>(ConfigurationVariable.Comparer);
        foreach (var entry in DotEnvParser.Parse(text).Entries)
        {
            names.Add(ConfigurationVariable.Canonical(entry.Name));
        }

        return names;
    }

    private static HashSet<string> DocsNames(string text)
    {
        var names = new HashSet<string>(ConfigurationVariable.Comparer);
        foreach (var (name, _) in ConfigurationDocs.DocumentedNames(text))
        {
            names.Add(name);
        }

        return names;
    }
}
