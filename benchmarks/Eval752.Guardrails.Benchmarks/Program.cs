using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Eval752.Guardrails.Benchmarks.EnvelopeBenchmarks).Assembly).Run(args, new Eval752.Guardrails.Benchmarks.BenchmarkConfig());
