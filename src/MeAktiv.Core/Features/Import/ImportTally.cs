using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// What an import does (did) to its figures, counted as they are planned (<see cref="FigureBatch.OnPlanned"/>):
/// new, changed and unchanged values, and the first <see cref="ImportResult.MaxListedValues"/> of them in file order
/// for the answer (they are planned in another order: the list keeps the first rows). No list of all figures.
/// </summary>
internal sealed class ImportTally
{
    public int New { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public List<ImportValue> Values { get; } = [];

    /// <summary>Starts again (a retried transaction plans every figure again).</summary>
    public void Reset()
    {
        (New, Changed, Unchanged) = (0, 0, 0);
        Values.Clear();
    }

    public void Add(FigureInput input, PlannedFigure planned)
    {
        var saved = planned.Saved;
        switch (saved.Change)
        {
            case FigureChange.New:
                New++;
                break;
            case FigureChange.Changed:
                Changed++;
                break;
            default:
                Unchanged++;
                break;
        }

        // The figures come in any order (StagedFeed): the list keeps those of the first rows, sorted by row.
        if (Values.Count == ImportResult.MaxListedValues && saved.Index > Values[^1].Row)
        {
            return;
        }

        var (at, end) = (0, Values.Count); // binary search: the first listed row after this one
        while (at < end)
        {
            var middle = (at + end) / 2;
            (at, end) = Values[middle].Row <= saved.Index ? (middle + 1, end) : (at, middle);
        }

        Values.Insert(at, new ImportValue(saved.Index, $"{input.Year:D4}-{input.Month:D2}", input.Unit, input.Indicator, input.Component,
            saved.Previous, saved.Value, saved.Change));
        if (Values.Count > ImportResult.MaxListedValues)
        {
            Values.RemoveAt(Values.Count - 1);
        }
    }
}
