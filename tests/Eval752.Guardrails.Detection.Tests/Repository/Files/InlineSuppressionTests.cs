using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository.Files;

namespace Eval752.Guardrails.Detection.Tests.Repository.Files;

public sealed class InlineSuppressionTests
{
    private static List<FileFinding> Apply(string path, string text) =>
        InlineSuppression.Apply(RepositorySecretsCheck.Check(path, text, RepositoryFileKinds.Classify(path)), new FindingLines(_ => text));

    [Fact]
    public void AReasonOnTheLineOrTheLineAbove_AcceptsTheFinding()
    {
        Assert.Empty(Apply("/repo/deploy.sh", "export API_TOKEN=Made-up-allow-1 # eval752-guard:allow public demo token, revoked"));
        Assert.Empty(Apply("/repo/nuget.config", "<!-- eval752-guard:allow feed token of the read-only mirror -->\n<add key=\"ClearTextPassword\" value=\"made-UP-feed-42\" />"));
    }

    [Fact]
    public void AMarkerWithoutAReason_AcceptsNothing_AndTheMessageSaysSo()
    {
        var finding = Assert.Single(Apply("/repo/deploy.sh", "# eval752-guard:allow\nexport API_TOKEN=Made-up-allow-2"));

        Assert.Contains("has no reason", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarkerTwoLinesAbove_OrAnotherWord_AcceptsNothing()
    {
        Assert.Single(Apply("/repo/deploy.sh", "# eval752-guard:allow test value\n\nexport API_TOKEN=Made-up-allow-3"));
        Assert.Single(Apply("/repo/deploy.sh", "export API_TOKEN=Made-up-allow-4 # eval752-guard:allowed because"));
    }

    [Fact]
    public void AFileThatCannotBeReadAgain_KeepsItsFindings() =>
        Assert.Single(InlineSuppression.Apply(RepositorySecretsCheck.Check("/repo/deploy.sh", "export API_TOKEN=Made-up-allow-5", RepositoryFileKind.Assignments), new FindingLines(_ => null)));
}
