using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// What an import does (did) to its figures, counted as they are planned (<see cref="FigureBatch.OnPlanned"/>):
/// new, changed and unchanged values, and the first <see cref="ImportResult.MaxListedValues"/> of them in file order
/// for the answer. No list of all figures.
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

        if (Values.Count < ImportResult.MaxListedValues)
        {
            Values.Add(new ImportValue(saved.Index, $"{input.Year:D4}-{input.Month:D2}", input.Unit, input.Indicator, input.Component,
                saved.Previous, saved.Value, saved.Change));
        }
    }
}
