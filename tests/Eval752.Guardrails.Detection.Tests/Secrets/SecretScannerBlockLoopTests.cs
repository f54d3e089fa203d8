using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Secrets;

/// <summary>
/// The net10.0 scanner visits only token starts, sixteen characters per vector block (TokenStarts); the scalar
/// loop tests every position. Both must report the same findings wherever a secret sits relative to a block
/// boundary, next to any delimiter, non-ASCII text or another token, and at the very end of the text.
/// </summary>
public sealed class SecretScannerBlockLoopTests
{
    private static readonly string[] Separators = { " ", "\"", "=", ":", "\n", "'", "(", ",", "é", "\u00a0", "\u4e2d", "\t", "x", "-", "_", ".", "/" };

    [Fact]
    public void BlockLoop_FindsWhatTheScalarLoopFinds_AtEveryOffsetAndAfterEveryDelimiter()
    {
        var random = new Random(752);
        var compared = 0;
        var found = 0;
        foreach (var (_, make) in SecretShapes.All.Concat(SecretShapes.Credentials))
        {
            for (var offset = 0; offset < 2 * 16; offset++)
            {
                var separator = Separators[random.Next(Separators.Length)];
                var text = new string('a', offset) + separator + make() + (offset % 3 == 0 ? string.Empty : separator + Filler(random));
                var scalar = SecretScanner.Scan(text, vectorized: false);
                var blocks = SecretScanner.Scan(text, vectorized: true);

                Assert.Equal(Describe(scalar), Describe(blocks));
                compared++;
                found += scalar.Count;
            }
        }

        // Tokens glued to a letter ('x', '-', '_' separators) are not findings in either loop; most others are.
        Assert.True(found > compared / 2, $"{found} findings in {compared} texts: the comparison must cover real matches");
    }

    [Fact]
    public void BlockLoop_AgreesOnRandomTextFullOfAnchorsAndSecrets()
    {
        var random = new Random(7520);
        var shapes = SecretShapes.All.Concat(SecretShapes.Credentials).ToArray();
        for (var round = 0; round < 200; round++)
        {
            var parts = new List<string>();
            for (var piece = random.Next(1, 40); piece > 0; piece--)
            {
                parts.Add(random.Next(4) switch
                {
                    0 => shapes[random.Next(shapes.Length)].Make(),
                    1 => Anchors[random.Next(Anchors.Length)],
                    _ => Filler(random),
                });
                parts.Add(Separators[random.Next(Separators.Length)]);
            }

            var text = string.Concat(parts);
            Assert.Equal(Describe(SecretScanner.Scan(text, vectorized: false)), Describe(SecretScanner.Scan(text, vectorized: true)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("~.")]
    [InlineData(".~~")]
    public void AzureAdSecretsBeginningWithDotsOrTildes_AreFoundByBothLoops_AcrossBlockBoundaries(string lead)
    {
        for (var offset = 0; offset < 40; offset++)
        {
            var secret = lead + SecretShapes.Random("abcdefghijkmnopqrstuvwxyz", 3 - lead.Length) + "7Q~" + SecretShapes.Random("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNP23456789", 32);
            var text = new string(' ', offset) + "secret=\"" + secret + "\" next ~ token";
            var scalar = SecretScanner.Scan(text, vectorized: false);

            Assert.Equal(Describe(scalar), Describe(SecretScanner.Scan(text, vectorized: true)));
            Assert.Equal(text.IndexOf(secret, StringComparison.Ordinal), Assert.Single(scalar).Start);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("sk")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdefs")]
    public void ShortAndBoundaryLengthTexts_AreScannedWithoutError(string text) =>
        Assert.Equal(Describe(SecretScanner.Scan(text, vectorized: false)), Describe(SecretScanner.Scan(text, vectorized: true)));

    private static readonly string[] Anchors = SecretScanner.All.SelectMany(d => d.Anchors).ToArray();

    private static string Filler(Random random) => SecretShapes.Random("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ .=:\"'/\n", random.Next(0, 40));

    private static List<string> Describe(IReadOnlyList<SecretFinding> findings) =>
        findings.Select(f => $"{f.Kind}@{f.Start}+{f.Length}:{f.Fingerprint}").ToList();
}
