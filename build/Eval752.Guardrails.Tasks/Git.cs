using System;
using System.Diagnostics;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// Runs the local <c>git</c> (never the network: no prompts, a timeout) for the checks that need history or
/// the index. Exit code -1: git is not on PATH; -2: it timed out.
/// </summary>
internal static class Git
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly char[] NeedsQuotes = { ' ', '"', '\t' };

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        start.Arguments = string.Join(" ", Array.ConvertAll(arguments, Quote));
        start.EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill();
                return (-2, string.Empty);
            }

            errors.Wait(Timeout);
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, string.Empty);
        }
    }

    private static string Quote(string argument) =>
        argument.IndexOfAny(NeedsQuotes) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
