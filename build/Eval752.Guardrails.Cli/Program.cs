using System.CommandLine;
using Eval752.Guardrails.Cli;
using Eval752.Guardrails.Cli.Commands;

var root = new RootCommand("eval752-guard: the eval_752 security playbook, automated.")
{
    AuditCommand.Create(),
    KeygenCommand.Create(),
    ScanCommand.Create(),
    VaultCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run `eval752-guard --help` for usage.");
    return ExitCodes.UsageOrIo;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliUsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.UsageOrIo;
}
