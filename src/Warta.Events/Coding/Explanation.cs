namespace Warta.Events.Coding;

/// <summary>
/// Why trigger words gave no event: each step of the coder and the event stage that rejects a pattern at a word
/// notes it here (`warta eval events --details` prints the notes, tools/eventgold/why_no_event.py counts them by
/// cause). Callers pass none in normal runs, so coding pays nothing for it.
/// </summary>
public sealed class Explanation
{
    private readonly List<Note> _notes = [];

    /// <summary>One rejection: the sentence, the word (index and lower-case form) and the step that rejected it.</summary>
    public sealed record Note(int Sentence, int Word, string Form, string Reason);

    public IReadOnlyList<Note> Notes => _notes;

    public void Add(SentenceView s, int word, string reason) => _notes.Add(new Note(s.Index, word, s[word], reason));

    /// <summary>A rejection known only by its sentence and word form (word index -1).</summary>
    public void Add(int sentence, string form, string reason) => _notes.Add(new Note(sentence, -1, form, reason));
}
