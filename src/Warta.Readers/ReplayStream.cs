namespace Warta.Readers;

/// <summary>
/// A read-only stream that first replays bytes already read (to sniff the format or encoding of a
/// non-seekable input such as standard input), then continues with the rest of the underlying stream.
/// </summary>
public sealed class ReplayStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int _headPosition;

    /// <summary>
    /// Reads up to <paramref name="maxBytes"/> to look at, but stops as soon as <paramref name="enough"/>
    /// says so (by default: once any bytes came), so a pipe that sends one line and waits for the answer
    /// is never kept waiting for more input than it has sent.
    /// </summary>
    public static ReplayStream Sniff(Stream input, int maxBytes, out ReadOnlySpan<byte> head, SniffEnough? enough = null)
    {
        var buffer = new byte[maxBytes];
        int read = 0;
        while (read < maxBytes && (read == 0 || (enough is not null && !enough(buffer.AsSpan(0, read)))))
        {
            int n = input.Read(buffer, read, maxBytes - read);
            if (n == 0) break;
            read += n;
        }
        head = buffer.AsSpan(0, read);
        return new ReplayStream(buffer, read, input);
    }

    public delegate bool SniffEnough(ReadOnlySpan<byte> head);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < headLength)
        {
            int n = Math.Min(buffer.Length, headLength - _headPosition);
            head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
