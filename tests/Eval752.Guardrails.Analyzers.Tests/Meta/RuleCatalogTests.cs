using System.Reflection;
using System.Text.RegularExpressions;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Tests.Meta;

/// <summary>
/// Keeps the rule catalogue honest: every id unique and in its range, documented, release-tracked,
/// and every analyzer descriptor agreeing with the shared catalogue that tasks and the CLI use.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(HardcodedKeyMaterialAnalyzer).Assembly;

    public static TheoryData<string> CatalogIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void DiagnosticIdConstants_AreUnique()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void CatalogIds_AreUniqueWellFormedAndDeclared()
    {
        var declared = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.All(ids, id => Assert.Contains(id, declared));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Rule_IsInTheRangeOfItsCategory(string id)
    {
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        var number = int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture);
        var expectedCategory = (number / 100) switch
        {
            0 or 1 => RuleCatalog.SecretsCategory,
            2 => RuleCatalog.ConfigurationCategory,
            3 => RuleCatalog.RepositoryCategory,
            _ => throw new Xunit.Sdk.XunitException($"{id} is outside every range (EG0001-EG0399)."),
        };

        Assert.True(number > 0, "EG0000 is reserved for task failures, not rules.");
        Assert.Equal(expectedCategory, rule.Category);
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Rule_HasADocsPageWithTheRequiredSections(string id)
    {
        var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no docs page at docs/rules/{id}.md");
        var text = File.ReadAllText(page);

        Assert.StartsWith($"# {id}:", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## What it flags", "## Why", "## How to fix", "## How to suppress", "## Examples" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Matches(PlaybookReference(), text);
    }

    [Fact]
    public void HelpLinks_PointAtTheDocsPages()
    {
        Assert.All(RuleCatalog.All, rule => Assert.EndsWith($"docs/rules/{rule.Id}.md", rule.HelpLink, StringComparison.Ordinal));
    }

    [Fact]
    public void AnalyzerDescriptors_AgreeWithTheCatalog()
    {
        var descriptors = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToList();

        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            var rule = RuleCatalog.All.SingleOrDefault(r => r.Id == descriptor.Id);
            Assert.True(rule is not null, $"{descriptor.Id} is reported by an analyzer but missing from RuleCatalog.");
            Assert.Equal(RuleHost.Analyzer, rule!.Host);
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(
                rule.DefaultSeverity switch { RuleSeverity.Error => DiagnosticSeverity.Error, RuleSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info },
                descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }

        var analyzerRules = RuleCatalog.All.Where(r => r.Host == RuleHost.Analyzer).Select(r => r.Id);
        Assert.Equal(analyzerRules.Order(), descriptors.Select(d => d.Id).Distinct().Order());
    }

    [Fact]
    public void AnalyzerRules_AreReleaseTracked_AndTrackingListsNothingElse()
    {
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(RepositoryPaths.Combine("analyzers", "Eval752.Guardrails.Analyzers", file)))
            .Select(line => TrackedRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["id"].Value)
            .Order()
            .ToList();

        var analyzerRules = RuleCatalog.All.Where(r => r.Host == RuleHost.Analyzer).Select(r => r.Id).Order().ToList();
        Assert.Equal(analyzerRules, tracked);
    }

    [Fact]
    public void EveryAnalyzer_IsSealedAttributedAndInItsOwnFile()
    {
        foreach (var type in AnalyzerAssembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract))
        {
            Assert.True(type.IsSealed, $"{type.Name} should be sealed.");
            Assert.NotNull(type.GetCustomAttribute<DiagnosticAnalyzerAttribute>());
            Assert.True(
                File.Exists(RepositoryPaths.Combine("analyzers", "Eval752.Guardrails.Analyzers", "Rules", type.Name + ".cs")),
                $"{type.Name} should live in analyzers/Eval752.Guardrails.Analyzers/Rules/{type.Name}.cs");
            Assert.True(
                File.Exists(RepositoryPaths.Combine("tests", "Eval752.Guardrails.Analyzers.Tests", "Rules", type.Name + "Tests.cs")),
                $"{type.Name} should have tests in tests/Eval752.Guardrails.Analyzers.Tests/Rules/{type.Name}Tests.cs");
        }
    }

    [Fact]
    public void EveryRuleHostedByAnAnalyzer_IsInItsOwnFile_WithItsOwnTests()
    {
        var rules = AnalyzerAssembly.GetTypes().Where(t => t.Namespace == "Eval752.Guardrails.Analyzers.Rules" && t.Name.EndsWith("Rule", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rules);
        foreach (var type in rules)
        {
            Assert.True(
                File.Exists(RepositoryPaths.Combine("analyzers", "Eval752.Guardrails.Analyzers", "Rules", type.Name + ".cs")),
                $"{type.Name} should live in analyzers/Eval752.Guardrails.Analyzers/Rules/{type.Name}.cs");
            Assert.True(
                File.Exists(RepositoryPaths.Combine("tests", "Eval752.Guardrails.Analyzers.Tests", "Rules", type.Name + "Tests.cs")),
                $"{type.Name} should have tests in tests/Eval752.Guardrails.Analyzers.Tests/Rules/{type.Name}Tests.cs");
        }
    }

    private static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        AnalyzerAssembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    [GeneratedRegex("^EG[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<id>EG[0-9]{4}) +\|")]
    private static partial Regex TrackedRow();

    [GeneratedRegex(@"[Pp]laybook[^\n]*section [0-9]")]
    private static partial Regex PlaybookReference();
}
