using System.CommandLine;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Rotation;

namespace Eval752.Guardrails.Cli.Commands;

/// <summary>
/// <c>eval752-guard vault status|promote|rewrap|retire</c>: the online rotation steps of docs/vault.md,
/// against ConnectionStrings__Vault with the keys in ENCRYPTION_KEY / ENCRYPTION_KEYS_PREVIOUS.
/// </summary>
internal static class VaultCommand
{
    public static Command Create()
    {
        var vault = new Command("vault", "Inspect the provider vault and rotate its master key online.");
        vault.Subcommands.Add(Status());
        vault.Subcommands.Add(Promote());
        vault.Subcommands.Add(Rewrap());
        vault.Subcommands.Add(Retire());
        return vault;
    }

    private static Command Status()
    {
        var command = new Command("status", "Show the active key, rows per key id, live instances and retired keys.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var vault = await VaultConnection.OpenAsync(cancellationToken);
            var status = await vault.Rotation.StatusAsync(cancellationToken);
            Console.Out.WriteLine($"active key: {status.ActiveKeyId?.ToString() ?? "(none yet)"}; this process holds: {string.Join(", ", vault.Ring.KeyIds)}");
            Console.Out.WriteLine($"rows: {status.TotalRows}");
            foreach (var (keyId, rows) in status.RowsByKeyId.OrderByDescending(p => p.Value))
            {
                var note = keyId == status.ActiveKeyId ? " (active)" : vault.Ring.Contains(keyId) ? string.Empty : " (NOT held by this process)";
                Console.Out.WriteLine($"  key {keyId}: {rows}{note}");
            }

            Console.Out.WriteLine($"instances: {status.Instances.Count(i => i.IsLive)} live of {status.Instances.Count}");
            foreach (var instance in status.Instances)
            {
                Console.Out.WriteLine($"  {instance.InstanceId} ({instance.Service}) {(instance.IsLive ? "live" : "stale")}, encrypts with {instance.ActiveKeyId?.ToString() ?? "-"}, decrypts with {string.Join(", ", instance.DecryptKeyIds)}");
            }

            if (status.RetiredKeyIds.Count > 0)
            {
                Console.Out.WriteLine($"retired keys: {string.Join(", ", status.RetiredKeyIds)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Promote()
    {
        var keyId = new Argument<string>("key-id") { Description = "The key id to make active (8 hex characters; see `vault status` or `keygen`)." };
        var command = new Command("promote", "Make a key the one every service encrypts with (refused while a live instance lacks it).") { keyId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var id = ParseKeyId(parse.GetValue(keyId));
            await using var vault = await VaultConnection.OpenAsync(cancellationToken);
            var result = await vault.Rotation.PromoteAsync(id, Actor(), cancellationToken);
            if (!result.Promoted)
            {
                Console.Error.WriteLine($"promote refused: {result.Reason}");
                result.InstancesLackingKey.ToList().ForEach(i => Console.Error.WriteLine($"  lacks key: {i}"));
                return ExitCodes.Findings;
            }

            Console.Out.WriteLine(result.Reason ?? $"promoted key {id} (was {result.PreviousKeyId}); now run `eval752-guard vault rewrap`.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rewrap()
    {
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => 500 };
        var delay = new Option<int>("--delay-ms") { Description = "Pause between batches, in milliseconds.", DefaultValueFactory = _ => 0 };
        var parallelism = new Option<int>("--parallelism") { Description = "Batches in flight at once, each in its own transaction.", DefaultValueFactory = _ => 2 };
        var command = new Command("rewrap", "Re-encrypt every row under the active key, in resumable batches.") { batchSize, delay, parallelism };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(batchSize) < 1 || parse.GetValue(parallelism) < 1)
            {
                throw new CliUsageException("--batch-size and --parallelism must be at least 1.");
            }

            await using var vault = await VaultConnection.OpenAsync(cancellationToken);
            var progress = new ProgressBar();
            var report = await vault.Rotation.RewrapAsync(
                new RewrapOptions
                {
                    BatchSize = parse.GetValue(batchSize),
                    DelayBetweenBatches = TimeSpan.FromMilliseconds(parse.GetValue(delay)),
                    Parallelism = parse.GetValue(parallelism),
                    Progress = progress,
                    Actor = Actor(),
                },
                cancellationToken);
            progress.Finish();
            Console.Out.WriteLine(
                $"active key {report.ActiveKeyId}: total {report.Total}, already current {report.AlreadyCurrent}, rewrapped {report.Rewrapped}, "
                + $"skipped {report.Skipped}, undecryptable {report.Undecryptable.Count} in {report.Elapsed.TotalSeconds:F1} s");
            foreach (var id in report.Undecryptable)
            {
                Console.Out.WriteLine($"  undecryptable: {id}");
            }

            return report.IsComplete ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static Command Retire()
    {
        var keyId = new Argument<string>("key-id") { Description = "The key id to retire (8 hex characters)." };
        var command = new Command("retire", "Record that a key is no longer used (refused while any row or live instance uses it).") { keyId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var id = ParseKeyId(parse.GetValue(keyId));
            await using var vault = await VaultConnection.OpenAsync(cancellationToken);
            var result = await vault.Rotation.RetireAsync(id, Actor(), cancellationToken);
            if (!result.Retired)
            {
                Console.Error.WriteLine($"retire refused: {result.Reason}");
                return ExitCodes.Findings;
            }

            Console.Out.WriteLine($"retired key {id}; remove it from {VaultVariables.PreviousEncryptionKeys} on every service.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static KeyId ParseKeyId(string? text) =>
        KeyId.TryParse(text, out var id) ? id : throw new CliUsageException($"'{text}' is not a key id: expected 8 hex characters, as `eval752-guard vault status` prints them.");

    private static string Actor() => $"eval752-guard:{Environment.UserName}@{Environment.MachineName}";
}
