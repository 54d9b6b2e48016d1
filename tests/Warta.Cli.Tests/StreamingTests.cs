using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// <c>warta analyze -</c> as a co-process: each JSONL line sent gets its answer before the next is sent
/// and before standard input is closed, which holds only if input is read as it comes and output is
/// flushed per article.
/// </summary>
public class StreamingTests
{
    [Fact]
    public async Task Each_jsonl_line_on_stdin_is_answered_before_the_next_is_sent()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "warta.dll"));
        psi.ArgumentList.Add("analyze");
        psi.ArgumentList.Add("-");
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            string[] texts = ["Presiden meresmikan bendungan baru di Jawa Tengah.", "Menteri bertemu para petani di Lampung."];
            for (int i = 0; i < texts.Length; i++)
            {
                await p.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = $"n{i}", text = texts[i] }));
                await p.StandardInput.FlushAsync();
                var line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
                Assert.NotNull(line);
                using var json = JsonDocument.Parse(line);
                Assert.Equal($"n{i}", json.RootElement.GetProperty("id").GetString());
                Assert.Equal($"stdin:{i + 1}", json.RootElement.GetProperty("source").GetString());
            }
            p.StandardInput.Close();
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "warta did not exit after stdin closed");
            Assert.True(p.ExitCode == 0, await stderr);
        }
        finally
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
        }
    }
}
