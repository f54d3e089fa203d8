using System.CommandLine;
using Eval752.Guardrails.Cli.Auditing;
using Eval752.Guardrails.Detection.Containers;

namespace Eval752.Guardrails.Cli.Commands;

/// <summary><c>eval752-guard audit [PATH] [--format text|json] [--logs FILE…]</c>: the quarterly audit's automatable checks; exit 0 all pass, 1 a check failed, 2 usage or I/O.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "The checkout (or ops folder with the environments' env files) to audit", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var logs = new Option<string[]>("--logs") { Description = "Log files to spot-check for unredacted secrets", AllowMultipleArgumentsPerToken = true };
        var user = new Option<string>("--container-user") { Description = "The non-root user containers must run as", DefaultValueFactory = _ => ContainerUserCheck.DefaultUser };
        var command = new Command("audit", "Run the automatable part of the playbook's quarterly audit: unique credentials per environment, CI configs, containers, .env.example, logs.") { path, format, logs, user };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(path)!);
            if (!Directory.Exists(root))
            {
                throw new CliUsageException($"'{root}' is not a folder; pass the checkout to audit (default: the current folder).");
            }

            var checks = QuarterlyAudit.Run(root, parse.GetValue(user)!, parse.GetValue(logs) ?? []);
            Console.Out.Write(parse.GetValue(format) == "json" ? AuditReport.Json(root, checks) + "\n" : AuditReport.Text(root, checks));
            return checks.Any(c => c.Status == AuditStatus.Fail) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
