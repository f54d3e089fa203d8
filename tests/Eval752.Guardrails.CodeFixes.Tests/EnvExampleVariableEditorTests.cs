using Eval752.Guardrails.CodeFixes.Listings;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class EnvExampleVariableEditorTests
{
    [Fact]
    public void NewVariable_JoinsItsSection_WithACommentAbove() =>
        Assert.Equal(
            "# Mail relay.\nSmtp__Host=mail.invalid\n# Smtp__Port: what it configures and its default.\nSmtp__Port=\n\nOTHER=1\n",
            EnvExampleVariableEditor.Add("# Mail relay.\nSmtp__Host=mail.invalid\n\nOTHER=1\n", ["Smtp:Port"]));

    [Fact]
    public void SecretNamedVariable_GetsAnEmptyValueAndASecretComment() =>
        Assert.Equal(
            "OTHER=1\n\n# SMTP_PASSWORD: secret. Leave empty here; set the real value in .env (never committed) or a secret store.\nSMTP_PASSWORD=\n",
            EnvExampleVariableEditor.Add("OTHER=1", ["SMTP_PASSWORD"]));

    [Fact]
    public void SeveralNewVariables_AreSorted_EachNewSectionItsOwnGroup_AndAlreadyListedOnesInEitherSpellingAreSkipped()
    {
        var result = EnvExampleVariableEditor.Add("smtp__host=\r\n", ["Queue:Name", "Smtp:Host", "Alpha", "queue__name"]);
        Assert.Equal(
            "smtp__host=\r\n\r\n# Alpha: what it configures and its default.\r\nAlpha=\r\n\r\n# Queue__Name: what it configures and its default.\r\nQueue__Name=\r\n",
            result);
    }

    [Fact]
    public void NewVariable_TakesItsSortedPlaceInTheSection_AboveTheNextVariablesComment() =>
        Assert.Equal(
            "Smtp__Host=\n# Smtp__Port: what it configures and its default.\nSmtp__Port=\n# Relay user.\nSmtp__User=\n",
            EnvExampleVariableEditor.Add("Smtp__Host=\n# Relay user.\nSmtp__User=\n", ["Smtp__Port"]));

    [Fact]
    public void NothingNew_ChangesNothing() =>
        Assert.Null(EnvExampleVariableEditor.Add("A__B=\n", ["A:B"]));

    [Fact]
    public void MissingFile_IsCreated() =>
        Assert.Equal("# FEATURE_X: what it configures and its default.\nFEATURE_X=\n", EnvExampleVariableEditor.Add(null, ["FEATURE_X"]));
}
