using System.Globalization;
using Warta.Times;

namespace Warta.Evaluation.Times;

/// <summary>Reads "above=1,strong=20" into <see cref="PublicationDateInference.Weights"/> (unnamed keys keep
/// their defaults), so that rules can be compared with <c>warta eval times --weekday --weights …</c>.</summary>
public static class InferenceWeightsParser
{
    public static PublicationDateInference.Weights Parse(string text)
    {
        var w = new PublicationDateInference.Weights();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=');
            if (kv.Length != 2 || !int.TryParse(kv[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v))
                throw new FormatException($"'{part}' is not key=integer (e.g. above=1).");
            w = kv[0] switch
            {
                "agreement" => w with { Agreement = v },
                "above" => w with { PerYearAbove = v },
                "below" => w with { PerYearBelow = v },
                "strong" => w with { StrongMiss = v },
                "weak" => w with { WeakMiss = v },
                "medium" => w with { MediumMiss = v },
                "slack" => w with { SlackDays = v },
                _ => throw new FormatException($"unknown key '{kv[0]}' (agreement, above, below, strong, medium, weak, slack)."),
            };
        }
        return w;
    }
}
