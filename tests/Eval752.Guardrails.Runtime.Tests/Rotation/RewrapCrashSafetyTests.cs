using System.Diagnostics;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Runtime.Tests.Rotation;

/// <summary>
/// The real <c>eval752-guard vault rewrap</c>, killed with SIGKILL at random moments: no row may be lost
/// or left undecryptable, and the next run must finish the job.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class RewrapCrashSafetyTests(PostgresFixture fixture)
{
    private const int Kills = 20;
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");

    [Fact]
    public async Task KillingTheRewrapAtRandomPoints_LosesNothing_AndTheNextRunFinishes()
    {
        var keyA = TestKeys.NewHex();
        var keyB = TestKeys.NewHex();
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(keyA, keyB));
        var seeded = await ProviderSeeder.SeedAsync(bed.DataSource, bed.Ring.Newest, 3000);
        var random = new Random(752);
        var killedMidway = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            // Keep work to do: when a run got to the end, rotate the other way.
            var active = await bed.ActiveKey.RefreshAsync();
            if (await bed.ScalarAsync<long>($"SELECT count(*) FROM eval752_vault.providers WHERE key_id <> {active.ToDatabase()}") == 0)
            {
                var other = bed.Ring.KeyIds.First(id => id != active);
                Assert.True((await bed.Rotation.PromoteAsync(other, "crash-test")).Promoted);
            }

            using var process = StartRewrap(bed.ConnectionString, keyA, keyB, batchSize: 25 + random.Next(50), parallelism: 1 + random.Next(2));
            await Task.Delay(random.Next(300, 1500));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killedMidway++;
            }

            await process.WaitForExitAsync();
            Assert.Equal(seeded, await ProviderSeeder.DecryptAllAsync(bed.DataSource, bed.Ring));
        }

        using var finish = StartRewrap(bed.ConnectionString, keyA, keyB, batchSize: 500, parallelism: 2, delayMs: 0);
        var output = await finish.StandardOutput.ReadToEndAsync();
        await finish.WaitForExitAsync();

        Assert.True(killedMidway >= Kills / 2, $"only {killedMidway} of {Kills} kills landed while the rewrap ran");
        Assert.Equal(0, finish.ExitCode);
        Assert.Contains("skipped 0, undecryptable 0", output, StringComparison.Ordinal);
        var activeKey = await bed.ActiveKey.RefreshAsync();
        Assert.Equal(3000L, await bed.ScalarAsync<long>($"SELECT count(*) FROM eval752_vault.providers WHERE key_id = {activeKey.ToDatabase()}"));
        Assert.Equal(seeded, await ProviderSeeder.DecryptAllAsync(bed.DataSource, bed.Ring));
    }

    private static Process StartRewrap(string connectionString, string newest, string previous, int batchSize, int parallelism, int delayMs = 40)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Cli, "vault", "rewrap", "--batch-size", Text(batchSize), "--delay-ms", Text(delayMs), "--parallelism", Text(parallelism) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[VaultVariables.ConnectionString] = connectionString;
        start.Environment[VaultVariables.EncryptionKey] = newest;
        start.Environment[VaultVariables.PreviousEncryptionKeys] = previous;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
