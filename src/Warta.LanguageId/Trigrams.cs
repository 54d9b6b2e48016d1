namespace Warta.LanguageId;

/// <summary>
/// Character trigrams of a text as language profiles see it: letters lowercased, every run of
/// non-letters one space, so words are padded (" ada " gives " ad", "ada", "da "). A trigram is packed
/// into one ulong, so counting allocates nothing per character.
/// </summary>
public static class Trigrams
{
    public static ulong Pack(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    public static string Unpack(ulong key) =>
        new([(char)(key >> 32 & 0xFFFF), (char)(key >> 16 & 0xFFFF), (char)(key & 0xFFFF)]);

    /// <summary>Calls <paramref name="visit"/> for each trigram of <paramref name="text"/>, in order.</summary>
    public static void Visit<TState>(ReadOnlySpan<char> text, ref TState state, Visitor<TState> visit)
    {
        var adapter = new DelegateSink<TState>(visit, state);
        Visit(text, ref adapter);
        state = adapter.State;
    }

    /// <summary>Hot-path form: a struct sink, so the call per trigram is inlined.</summary>
    public static void Visit<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, ITrigramSink
    {
        char a = ' ', b = ' ';
        foreach (var raw in text)
        {
            char c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
            if (c == ' ' && b == ' ') continue;
            if (a != ' ' || b != ' ') sink.Add(Pack(a, b, c)); // not "  x" at the very start
            a = b;
            b = c;
        }
        if (b != ' ') sink.Add(Pack(a, b, ' '));
    }

    public delegate void Visitor<TState>(ref TState state, ulong trigram);

    public interface ITrigramSink
    {
        void Add(ulong trigram);
    }

    private struct DelegateSink<TState>(Visitor<TState> visit, TState state) : ITrigramSink
    {
        public TState State = state;
        public void Add(ulong trigram) => visit(ref State, trigram);
    }
}
