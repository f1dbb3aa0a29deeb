using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>What reading a file produced: the figures of the readable rows with their row numbers, a chunk at a time
/// (the readers hand it on when it holds <see cref="ChunkSize"/> and at the end, then start the next), and the errors
/// (the first <see cref="ImportOptions.MaxListedErrors"/> kept, all counted).</summary>
internal sealed class ImportRows(ImportOptions limits)
{
    /// <summary>Rows per chunk: the most parsed rows held at once (few, so that little of a chunk outlives a collection).</summary>
    public const int ChunkSize = 500;

    public ImportOptions Limits => limits;

    /// <summary>The confirmation of soft plausibility findings every row carries (null: none).</summary>
    public string? ConfirmReason { get; init; }

    /// <summary>The figures of the current chunk.</summary>
    public List<FigureInput> Inputs { get; } = [];

    /// <summary>The file's row number of each input of the chunk (same index).</summary>
    public List<int> RowNumbers { get; } = [];

    /// <summary>The readable rows of the file so far, all chunks.</summary>
    public int Readable { get; private set; }

    public ImportErrorList Errors { get; } = new(limits.MaxListedErrors);

    /// <summary>Rows without a value (<c>Wert</c> empty, e.g. the template's rows left blank): skipped, no error.</summary>
    public int Skipped { get; set; }

    /// <summary>Data rows seen (readable or not; blank rows not counted).</summary>
    public int DataRows { get; set; }

    /// <summary>False when the header is missing or unusable: then no row could be read.</summary>
    public bool HeaderOk { get; set; }

    /// <summary>The file has more than <see cref="ImportOptions.MaxRows"/> data rows: reading stopped there.</summary>
    public bool TooManyRows => DataRows > limits.MaxRows;

    /// <summary>Whether the chunk is full (the reader hands it on).</summary>
    public bool Full => Inputs.Count >= ChunkSize;

    public void Add(FigureInput input, int row)
    {
        Inputs.Add(input);
        RowNumbers.Add(row);
        Readable++;
    }

    /// <summary>Starts the next chunk.</summary>
    public void Clear()
    {
        Inputs.Clear();
        RowNumbers.Clear();
    }
}
