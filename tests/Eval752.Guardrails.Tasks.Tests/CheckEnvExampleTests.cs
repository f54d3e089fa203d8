using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Tasks.Tests;

public sealed class CheckEnvExampleTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eval752-task-").FullName;

    private string EnvExample => Path.Combine(directory, ".env.example");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private (bool Succeeded, FakeBuildEngine Engine) Run()
    {
        var engine = new FakeBuildEngine();
        var task = new CheckEnvExample { BuildEngine = engine, EnvExamplePath = EnvExample };
        return (task.Execute(), engine);
    }

    [Fact]
    public void PlaceholderKey_LogsNothing_AndSucceeds()
    {
        File.WriteAllText(EnvExample, $"ENCRYPTION_KEY={EncryptionKeyFormat.Placeholder}\n");

        var (succeeded, engine) = Run();

        Assert.True(succeeded);
        Assert.Empty(engine.Log);
    }

    [Fact]
    public void WrongKeyAndMalformedLines_LogCodedErrorsAtTheirLines_AndFail()
    {
        File.WriteAllText(EnvExample, "# shared key\nENCRYPTION_KEY=changeme\nJUST_A_NAME\nQUOTED=\"open\n");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        Assert.Equal(
            [
                "error EG0208 .env.example(3,1): this line is not NAME=value: no '=' found; write NAME=value, or start the line with '#' to make it a comment",
                "error EG0208 .env.example(4,8): the value of QUOTED opens a \" quote that is not closed on this line; close it (multi-line values are not supported in .env.example)",
                "error EG0207 .env.example(2,16): ENCRYPTION_KEY in .env.example must be exactly 64 hexadecimal characters (32 bytes), but it has 8 characters; use "
                    + EncryptionKeyFormat.Placeholder + " as the placeholder",
            ],
            engine.Log);
    }

    [Fact]
    public void RealLookingSecretAndShellTraps_LogCodedErrors_WithoutTheValue_AndFail()
    {
        // Generated at run time (no secret-shaped value is ever committed); no vowels, so never a placeholder word.
        var password = System.Security.Cryptography.RandomNumberGenerator.GetString("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz23456789", 20);
        File.WriteAllText(EnvExample, $"ENCRYPTION_KEY={EncryptionKeyFormat.Placeholder}\nSMTP_PASSWORD={password}\nREDIS_URL = redis://localhost\nexport BASE_URL=http://$HOST\n");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        Assert.Equal(
            [
                "error EG0208 .env.example(3,10): space between REDIS_URL and '='; a shell reads this line as a command named REDIS_URL: write REDIS_URL=value",
                "error EG0208 .env.example(4,24): BASE_URL is exported: the shell expands the '$' in its value when the file is sourced; single-quote the value ('…') or drop 'export'",
                "EG0206 .env.example(2,15)",
            ],
            engine.Log.Select(line => line.StartsWith("error EG0206", StringComparison.Ordinal) ? line["error ".Length..line.IndexOf(':', StringComparison.Ordinal)] : line));
        var secretError = Assert.Single(engine.Log, line => line.Contains("EG0206", StringComparison.Ordinal));
        Assert.Contains("SMTP_PASSWORD", secretError, StringComparison.Ordinal);
        Assert.Contains("rotate", secretError, StringComparison.Ordinal);
        Assert.DoesNotContain(password, secretError, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_LogsOneClearError()
    {
        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Log);
        Assert.StartsWith("error EG0207 .env.example(0,0): .env.example was not found at '", error, StringComparison.Ordinal);
        Assert.Contains($"ENCRYPTION_KEY={EncryptionKeyFormat.Placeholder}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableFile_IsACodedFailure_NotACrash()
    {
        Directory.CreateDirectory(EnvExample);

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        Assert.StartsWith("error EG0000", Assert.Single(engine.Log), StringComparison.Ordinal);
    }
}
