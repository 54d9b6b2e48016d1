using Warta.Core;

namespace Warta.Core.Tests;

/// <summary><see cref="Document.Derived{T}"/>: one value per key and document, made on first use.</summary>
public class DocumentDerivedTests
{
    [Fact]
    public void A_value_is_made_once_per_key_and_shared()
    {
        var doc = new Document("Satu dua tiga.", "t");
        int made = 0;
        List<string> Words(Document d) { made++; return [.. d.Text.Split(' ')]; }

        var first = doc.Derived("words", Words);
        var again = doc.Derived("words", Words);
        Assert.Same(first, again);
        Assert.Equal(1, made);
        Assert.Equal(["Satu", "dua", "tiga."], first);

        // another key (here a tuple, as for per-language values) is another value
        var other = doc.Derived(("words", "en"), Words);
        Assert.NotSame(first, other);
        Assert.Equal(2, made);
        Assert.Same(other, doc.Derived(("words", "en"), Words));
    }

    [Fact]
    public void Documents_do_not_share_values()
    {
        var a = new Document("a", "t");
        var b = new Document("b", "t");
        Assert.Equal("a", a.Derived("text", d => d.Text + ""));
        Assert.Equal("b", b.Derived("text", d => d.Text + ""));
    }
}
