using BenchmarkDotNet.Running;
using Eval752.Guardrails.Benchmarks;

// `load [clients] [seconds]` runs the HTTP load harness; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
{
    return await LoadHarness.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(EnvelopeBenchmarks).Assembly).Run(args, new BenchmarkConfig());
return 0;
