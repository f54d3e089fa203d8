namespace Eval752.Guardrails.Cli;

/// <summary>A usage or configuration problem: printed without a stack trace, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
