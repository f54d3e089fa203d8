using BenchmarkDotNet.Running;
using Eval752.Guardrails.Benchmarks;

// `load [clients] [seconds]`: HTTP load harness; `analyzers [files]`: analyzer timing; `generator [files]`: EG0205's read-record generator; `flow [files]`: EG0101/EG0102 timing; `tasks [files…]`: MSBuild task timing; `scan-compare [MB] [folder]`: eval752-guard scan vs secretlint and git-secrets; `scan-rules [tree]`: the repository-file rules in process; anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
{
    return await LoadHarness.RunAsync(args);
}

if (args.Length > 0 && args[0] == "scan-compare")
{
    return await Eval752.Guardrails.Benchmarks.Scanning.ScanComparisonHarness.RunAsync(args);
}

if (args.Length > 0 && args[0] == "scan-rules")
{
    return Eval752.Guardrails.Benchmarks.Scanning.RepositoryRulesThroughput.Run(args);
}

if (args.Length > 0 && args[0] == "tasks")
{
    return await TaskTimingHarness.RunAsync(args);
}

if (args.Length > 0 && args[0] == "flow")
{
    return await FlowTimingHarness.RunAsync(args);
}

if (args.Length > 0 && args[0] == "generator")
{
    return GeneratorTimingHarness.Run(args);
}

if (args.Length > 0 && args[0] == "analyzers")
{
    return await AnalyzerTimingHarness.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(EnvelopeBenchmarks).Assembly).Run(args, new BenchmarkConfig());
return 0;
