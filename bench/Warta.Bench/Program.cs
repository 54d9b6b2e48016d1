using BenchmarkDotNet.Running;

// Micro benchmarks: dotnet run -c Release --project bench/Warta.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
