namespace Eval752.Guardrails.Detection.Rules;

/// <summary>The catalogue entry of one rule: what analyzers, tasks and the CLI all agree on.</summary>
internal sealed class RuleInfo
{
    public RuleInfo(string id, string title, string category, RuleSeverity defaultSeverity, RuleHost host)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Host = host;
    }

    public string Id { get; }

    public string Title { get; }

    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    public RuleHost Host { get; }

    public string HelpLink => RuleCatalog.HelpLinkFor(Id);
}
