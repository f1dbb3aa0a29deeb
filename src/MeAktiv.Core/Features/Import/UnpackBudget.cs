namespace MeAktiv.Core.Features.Import;

/// <summary>The bytes an XLSX may still unpack (<see cref="ImportOptions.MaxUnpackedBytes"/>).</summary>
internal sealed class UnpackBudget(long max)
{
    public long Left { get; private set; } = max;

    public void Take(int bytes)
    {
        Left -= bytes;
        if (Left < 0)
        {
            throw new UnpackBudgetExceededException();
        }
    }
}

/// <summary>Thrown when an XLSX unpacks to more than its budget.</summary>
internal sealed class UnpackBudgetExceededException : Exception;

/// <summary>Counts the bytes actually unpacked against the budget (the sizes a zip declares may lie).</summary>
internal sealed class CountingStream(Stream inner, UnpackBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        budget.Take(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
