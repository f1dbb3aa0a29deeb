using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Web.Features.Figures;

/// <summary>Conflicts of a save: what the dialog shows, and the user's choices applied to the cells.</summary>
public static class EntryConflicts
{
    public static IReadOnlyList<ConflictItem> Items(IReadOnlyList<FigureConflict> conflicts, SaveBatch batch) =>
        conflicts.Select(c => (Conflict: c, Cell: batch.Cells[c.Index]))
            .Select(x => new ConflictItem(x.Cell.Key, x.Cell.Label, EntryTexts.Value(x.Cell.Value, x.Cell),
                EntryTexts.Value(x.Conflict.StoredValue, x.Cell), x.Conflict.UpdatedBy, German.Time(x.Conflict.UpdatedAt)))
            .ToList();

    /// <summary>The summary when the user leaves the dialog without deciding.</summary>
    public static IEnumerable<string> Summary(IReadOnlyList<FigureConflict> conflicts, SaveBatch batch) =>
        conflicts.Select(c => (Conflict: c, Cell: batch.Cells[c.Index]))
            .Select(x => $"{x.Cell.Label}: inzwischen {EntryTexts.Value(x.Conflict.StoredValue, x.Cell)} " +
                $"(von {x.Conflict.UpdatedBy ?? "unbekannt"}).");

    /// <summary>Takes the stored value, or keeps the own one against the stored version; true when one is to be overwritten.</summary>
    public static bool Apply(IReadOnlyList<FigureConflict> conflicts, SaveBatch batch, IReadOnlyDictionary<string, ConflictChoice> choices)
    {
        var overwrite = false;
        foreach (var conflict in conflicts)
        {
            var cell = batch.Cells[conflict.Index];
            if (choices.GetValueOrDefault(cell.Key) == ConflictChoice.Overwrite)
            {
                cell.Overwrite(conflict.StoredValue, conflict.StoredVersion);
                overwrite = true;
            }
            else
            {
                cell.Accept(conflict.StoredValue, conflict.StoredVersion);
            }
        }

        return overwrite;
    }
}
