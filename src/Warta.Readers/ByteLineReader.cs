namespace Warta.Readers;

/// <summary>
/// Reads a stream line by line as raw bytes with one reusable buffer, so a JSONL stream of any size is
/// read in constant memory. A line longer than the limit is skipped to its end and flagged, not kept.
/// </summary>
public sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private int _position, _length;
    private byte[] _line = new byte[1 << 12];
    private int _lineLength;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its line end (valid until the next call), or false at the end.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _lineLength = 0;
        tooLong = false;
        bool sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = stream.Read(_chunk, 0, _chunk.Length);
                _position = 0;
                if (_length == 0)
                {
                    line = Current();
                    if (!sawAny) return false;
                    LineNumber++;
                    return true;
                }
            }
            sawAny = true;
            var available = _chunk.AsSpan(_position, _length - _position);
            int newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            if (!tooLong)
            {
                if (_lineLength + piece.Length > maxLineBytes) { tooLong = true; _lineLength = 0; }
                else Append(piece);
            }
            _position += piece.Length;
            if (newline >= 0)
            {
                _position++;
                line = Current();
                LineNumber++;
                return true;
            }
        }
    }

    private ReadOnlyMemory<byte> Current()
    {
        int length = _lineLength;
        if (length > 0 && _line[length - 1] == (byte)'\r') length--;
        return _line.AsMemory(0, length);
    }

    private void Append(ReadOnlySpan<byte> piece)
    {
        if (_lineLength + piece.Length > _line.Length)
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _lineLength + piece.Length));
        piece.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += piece.Length;
    }
}
