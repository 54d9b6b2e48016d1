using System.Diagnostics;
using System.Text;

namespace Warta.Cli.Tests;

/// <summary>Runs the real <c>warta</c> program (built beside the tests) and captures what it prints.</summary>
public static class WartaProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string SharedData => Path.Combine(RepoRoot, "..", "shared", "data");
    public static string Seed => Path.Combine(SharedData, "seed", "000_95742cb04e9718dd.txt");

    public static Result RunWithInput(string stdin, params string[] args) => RunCore(stdin, args);
    public static Result Run(params string[] args) => RunCore(null, args);

    private static Result RunCore(string? stdin, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "warta.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("warta did not finish in 5 minutes: " + string.Join(' ', args)); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Warta.sln not found above " + AppContext.BaseDirectory);
    }
}
