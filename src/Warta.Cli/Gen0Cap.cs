namespace Warta.Cli;

/// <summary>
/// Keeps a long stream's memory flat: the runtime sizes its young-generation budget from the CPU's
/// reported L3 cache, which on virtual machines can be hundreds of MB, so garbage from finished articles
/// piles up far past the live data before a collection. After each article, once this many bytes were
/// allocated since the last check, a young-generation collection (cheap: nearly all of it is garbage)
/// returns that memory. The runtime's own knob for this (GCgen0size) is settable only by environment.
/// </summary>
public sealed class Gen0Cap(long bytes)
{
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    public void AfterArticle()
    {
        long now = GC.GetTotalAllocatedBytes();
        if (now - _lastAllocated < bytes) return;
        GC.Collect(0);
        _lastAllocated = now;
    }
}
