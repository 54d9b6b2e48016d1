using BenchmarkDotNet.Running;
using Warta.Bench;

// Whole-run throughput: dotnet run -c Release --project bench/Warta.Bench -- throughput --stages read,segment
// Events only:          dotnet run -c Release --project bench/Warta.Bench -- events-throughput [ARTICLES]
// Times only:           dotnet run -c Release --project bench/Warta.Bench -- --times-throughput [ARTICLES]
// Allocation by stage and type: dotnet run -c Release --project bench/Warta.Bench -- alloc-profile [ARTICLES]
// Memory held, step by step:   dotnet run -c Release --project bench/Warta.Bench -- memory-profile [ARTICLES]
// Data loading by stage (start-up): dotnet run -c Release --project bench/Warta.Bench -- startup
// Micro benchmarks:     dotnet run -c Release --project bench/Warta.Bench -- --filter '*'
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "startup") return StartupProfile.Run();
if (args.Length > 0 && args[0] == "events-throughput")
    return EventsThroughput.Run(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000);
if (args.Length > 0 && args[0] == "alloc-profile")
    return AllocationProfile.Run(args.Length > 1 && int.TryParse(args[1], out var k) ? k : 500);
if (args.Length > 0 && args[0] == "memory-profile")
    return MemoryProfile.Run(args.Length > 1 && int.TryParse(args[1], out var m) ? m : 2246);
if (args.Length > 0 && args[0] == "--times-throughput")
{
    TimesBenchmark.Throughput(args.Length > 1 && int.TryParse(args[1], out var t) ? t : 1000);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
