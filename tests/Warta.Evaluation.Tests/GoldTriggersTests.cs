using Warta.Evaluation.Events;

namespace Warta.Evaluation.Tests;

/// <summary>The trigger column of the Indonesian gold (column 6), which `warta train events` labels its examples from.</summary>
public sealed class GoldTriggersTests
{
    [Fact]
    public void Triggers_are_read_per_event_in_order_and_are_empty_without_the_column()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# invented rows\n"
                + "nerui-0001\t0\tPolisi membekuk dua\tIDNCOP>IDNCRM:17;IDNCOP>-:01\tdev\tmembekuk; tidak pernah menyatakan\n"
                + "nerui-0002\t0\tHujan deras turun\t-\tdev\t-\n"
                + "nerui-0003\t0\tPresiden mengecam serangan\tIDNGOV>-:11\tdev\n");
            var rows = EventGoldFile.ReadIndonesian(path);
            Assert.Equal(["membekuk", "tidak pernah menyatakan"], rows[0].Triggers);
            Assert.Empty(rows[1].Triggers);
            Assert.Empty(rows[2].Triggers);
        }
        finally { File.Delete(path); }
    }
}
