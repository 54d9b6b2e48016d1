using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary><c>warta analyze --threads N</c>: the articles of a batch are analysed on N workers, and what is written
/// (results in input order, each broken input's own error) is the same as with one thread.</summary>
public class ParallelAnalyzeTests
{
    // Sentences written for this test (no corpus text), Indonesian and English, long and short, so the workers
    // finish out of order.
    private static readonly string[] Texts =
    [
        "Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada Senin (12/3/2018). Ia didampingi Gubernur Ganjar Pranowo.",
        "Polisi menangkap dua tersangka pencurian di Medan. Kapolda Sumatera Utara mengatakan kedua tersangka akan diadili.",
        "Menteri Luar Negeri Retno Marsudi bertemu Sekjen PBB di New York untuk membahas krisis kemanusiaan di Myanmar.",
        "Hujan.",
        "The European Union imposed new sanctions on Russia on Tuesday. Moscow condemned the decision and threatened to retaliate.",
        "Ribuan buruh berunjuk rasa di depan gedung DPR menuntut kenaikan upah. Mereka menolak undang-undang yang baru disahkan.",
        "KPK memeriksa seorang pejabat Kementerian Pertanian terkait dugaan suap. \"Kami akan menuntaskan kasus ini,\" kata juru bicara KPK.",
        "Rebels attacked a police station in northern Mali, killing three officers, the army said.",
        "Wali Kota Surabaya meminta warga menjaga kebersihan sungai menjelang musim hujan tahun ini.",
        "China and the Philippines agreed to hold talks on the disputed islands next month, officials said on Friday.",
        "Tim SAR gabungan masih mencari korban longsor di Banjarnegara hingga Rabu malam.",
    ];

    private static string WriteBatch(string folder)
    {
        var lines = Texts.Select((t, i) => JsonSerializer.Serialize(new { id = $"p{i}", text = t, published = "2018-03-14" })).ToList();
        lines.Insert(5, "{\"id\": \"broken\", \"text\": "); // a broken line in the middle: its own error, the batch goes on
        var path = Path.Combine(folder, "batch.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void One_and_four_threads_write_the_same_results_and_errors_in_input_order()
    {
        var folder = Directory.CreateTempSubdirectory("warta-threads-").FullName;
        try
        {
            var batch = WriteBatch(folder);
            var serial = WartaProcess.Run("analyze", batch, "--threads", "1");
            var parallel = WartaProcess.Run("analyze", batch, "--threads", "4");

            Assert.Equal(1, serial.ExitCode); // one input failed
            Assert.Equal(serial.ExitCode, parallel.ExitCode);
            Assert.Equal(serial.Stdout, parallel.Stdout);
            Assert.Equal(serial.Stderr, parallel.Stderr);
            Assert.Equal(Texts.Length, parallel.Lines.Length);
            Assert.Equal(Texts.Select((_, i) => $"p{i}"), parallel.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
            Assert.Contains("batch.jsonl:6", parallel.Stderr);
            Assert.All(parallel.Lines, l => Assert.Empty(ContractValidator.Check(l)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_thread_count_below_one_is_refused_with_the_reason()
    {
        var result = WartaProcess.Run("analyze", "-", "--threads", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads 0", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
