using System.CommandLine;
using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Cli.Commands;

/// <summary><c>eval752-guard keygen</c>: a new random ENCRYPTION_KEY on stdout, its key id on stderr.</summary>
internal static class KeygenCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "env (ENCRYPTION_KEY=<hex>) or hex (the 64 hex characters only)", DefaultValueFactory = _ => "env" };
        format.AcceptOnlyFromAmong("env", "hex");
        var command = new Command("keygen", "Generate a new ENCRYPTION_KEY (32 random bytes as 64 hex characters).") { format };
        command.SetAction(parse =>
        {
            using var key = MasterKey.Generate();
            var hex = key.ToHex();
#pragma warning disable EG0101 // The new key on stdout is what keygen is for: the operator pipes it into a secret store.
            Console.Out.WriteLine(parse.GetValue(format) == "hex" ? hex : $"{VaultVariables.EncryptionKey}={hex}");
#pragma warning restore EG0101
            Console.Error.WriteLine($"key id: {key.Id}. Store the key in your secret store and back it up separately from database dumps (playbook section 2).");
            return ExitCodes.Success;
        });
        return command;
    }
}
