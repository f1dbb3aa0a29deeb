using System.Collections;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The errors found while reading a file, bounded: the first <c>max</c> are kept, the rest only counted — a file of a
/// million bad lines costs the memory of a hundred errors. Errors arrive in row order, so the rows with an error are
/// counted as they come.
/// </summary>
internal sealed class ImportErrorList(int max) : IEnumerable<ImportError>
{
    private readonly List<ImportError> _kept = [];
    private int? _lastRow;

    /// <summary>Every error added, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>The rows with at least one error (an error of the file as a whole counts as none).</summary>
    public int Rows { get; private set; }

    public void Add(ImportError error)
    {
        Count++;
        if (error.Row is { } row && row != _lastRow)
        {
            Rows++;
            _lastRow = row;
        }

        if (_kept.Count < max)
        {
            _kept.Add(error);
        }
    }

    public IEnumerator<ImportError> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
