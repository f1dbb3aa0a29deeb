using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/MeAktiv.Benchmarks -- --filter '*'   (docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
