using BenchmarkDotNet.Running;
using Warta.Bench;

// Micro benchmarks: dotnet run -c Release --project bench/Warta.Bench -- --filter '*'
// Quick throughput: dotnet run -c Release --project bench/Warta.Bench -- events-throughput [ARTICLES]
if (args.Length > 0 && args[0] == "events-throughput")
    return EventsThroughput.Run(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
