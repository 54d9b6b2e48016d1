using BenchmarkDotNet.Running;
using Warta.Bench;

// Whole-run throughput: dotnet run -c Release --project bench/Warta.Bench -- throughput --stages read,segment
// Micro benchmarks:     dotnet run -c Release --project bench/Warta.Bench -- --filter '*'
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
