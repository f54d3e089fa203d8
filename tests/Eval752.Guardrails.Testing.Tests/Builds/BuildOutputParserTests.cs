using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Testing.Tests.Builds;

public sealed class BuildOutputParserTests
{
    [Fact]
    public void CanonicalLines_AreParsed_RelativeToTheFixture_AndDeduplicated()
    {
        const string Output = """
              /tmp/fx/Program.cs(5,11): error EG0004: Hardcoded key material reaches the AesGcm key; load it (https://x/EG0004.md) [/tmp/fx/Fixture.csproj]
            /tmp/fx/.env.example(2,16): error EG0207: ENCRYPTION_KEY in .env.example must be exactly 64 [/tmp/fx/Fixture.csproj]
            1:7>/tmp/fx/.env.example : error EG0207: .env.example was not found at '/tmp/fx/.env.example'. [/tmp/fx/Fixture.csproj]
              /tmp/fx/Program.cs(5,11): error EG0004: Hardcoded key material reaches the AesGcm key; load it (https://x/EG0004.md) [/tmp/fx/Fixture.csproj]
            /tmp/fx/Other.cs(1,1,1,5): warning CS0168: not ours [/tmp/fx/Fixture.csproj]
            Build FAILED.
            """;

        var diagnostics = BuildOutputParser.Parse(Output, "/tmp/fx");

        Assert.Equal(
            ["EG0004 Program.cs 5 11", "EG0207 .env.example 2 16", "EG0207 .env.example 0 0"],
            diagnostics.Select(d => d.Key));
        Assert.All(diagnostics, d => Assert.Equal("error", d.Severity));
    }
}
