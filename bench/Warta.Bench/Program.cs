using BenchmarkDotNet.Running;

// Micro benchmarks: dotnet run -c Release --project bench/Warta.Bench -- --filter '*'
// Quick throughput of the times stage: dotnet run -c Release --project bench/Warta.Bench -- --times-throughput [N]
if (args.Length > 0 && args[0] == "--times-throughput")
{
    Warta.Bench.TimesBenchmark.Throughput(args.Length > 1 ? int.Parse(args[1]) : 1000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
