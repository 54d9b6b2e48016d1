using Warta.Core;
using Warta.Entities;
using Warta.Evaluation.Ner;

namespace Warta.Evaluation.Tests.Ner;

public class NerErrorsTests
{
    private static int[] Tags(params string[] names) => names.Select(NerTags.Parse).ToArray();

    [Fact]
    public void Classifies_type_boundary_missed_and_spurious_errors()
    {
        var errors = new NerErrors();
        string[] tokens = ["Dewi", "dari", "Bank", "Raya", "ke", "Sukamaju", "dan", "Bandung", "kemarin"];
        errors.Add(tokens,
            Tags("B-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC", "O"),
            Tags("B-ORG", "O", "O", "B-ORG", "O", "O", "O", "B-LOC", "B-PER"));
        Assert.Equal(
        [
            new NerErrors.Error(NerErrors.Kind.WrongType, EntityType.PER, EntityType.ORG, "Dewi", "Dewi"),
            new NerErrors.Error(NerErrors.Kind.Boundary, EntityType.ORG, EntityType.ORG, "Bank Raya", "Raya"),
            new NerErrors.Error(NerErrors.Kind.Missed, EntityType.LOC, null, "Sukamaju", ""),
            new NerErrors.Error(NerErrors.Kind.Spurious, null, EntityType.PER, "", "kemarin"),
        ], errors.Errors);
        var report = errors.Report(top: 2);
        Assert.Contains("1  Boundary  ORG -> ORG", report);
        Assert.Contains("most frequent errors (top 2)", report);
    }
}
