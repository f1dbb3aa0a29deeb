using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>What reading a file produced: the figures of the readable rows with their row numbers, and the errors
/// (the first <see cref="ImportOptions.MaxListedErrors"/> kept, all counted).</summary>
internal sealed class ImportRows(ImportOptions limits)
{
    public ImportOptions Limits => limits;

    public List<FigureInput> Inputs { get; } = [];

    /// <summary>The file's row number of each input (same index).</summary>
    public List<int> RowNumbers { get; } = [];

    public ImportErrorList Errors { get; } = new(limits.MaxListedErrors);

    /// <summary>Rows without a value (<c>Wert</c> empty, e.g. the template's rows left blank): skipped, no error.</summary>
    public int Skipped { get; set; }

    /// <summary>Data rows seen (readable or not; blank rows not counted).</summary>
    public int DataRows { get; set; }

    /// <summary>False when the header is missing or unusable: then no row could be read.</summary>
    public bool HeaderOk { get; set; }

    /// <summary>The file has more than <see cref="ImportOptions.MaxRows"/> data rows: reading stopped there.</summary>
    public bool TooManyRows => DataRows > limits.MaxRows;
}
