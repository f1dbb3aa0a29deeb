using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>What saving will do to one input: <see cref="Read"/> is the stored row as read (null: a new figure, made
/// only when it is written); <see cref="Reason"/> goes into its audit entry (a confirmed plausibility finding);
/// <see cref="Index"/> is the input's tag (its index, or the import's row number). A struct in one list per chunk.</summary>
internal readonly record struct PlannedFigure(int Index, MonthlyValue? Read, FigureChange Change, decimal Value, Guid Version, string? Reason,
    (int Unit, int Component, int Year, int Month) Key)
{
    /// <summary>What the save did (does) to the figure. A changed figure's Read is never written to: it holds the value stored before.</summary>
    public SavedFigure Saved => new(Index, Value, Version, Change, Change == FigureChange.New ? null : Read!.Value);
}

/// <summary>What a save did to each planned figure, read from the plan itself: no second list of entries.</summary>
internal sealed class SavedFigures(List<PlannedFigure> planned) : IReadOnlyList<SavedFigure>
{
    public int Count => planned.Count;

    public SavedFigure this[int index] => planned[index].Saved;

    public IEnumerator<SavedFigure> GetEnumerator() => planned.Select(p => p.Saved).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The planning half of storing figures (<see cref="FigureBatch"/>): plans a checked chunk against the stored rows
/// (versions, conflicts), and after a failed write reports the conflicts as the figures stand now.
/// </summary>
internal static class FigureStore
{
    /// <summary>What saving would do to each input of a chunk, or the conflicts with what is stored now.</summary>
    public static async Task<(List<PlannedFigure> Planned, List<FigureConflict> Conflicts)> PlanAsync(AppDbContext db,
        IReadOnlyList<FigureInput> inputs, IReadOnlyList<int> tags, List<(OrgUnit Unit, IndicatorComponent Component)> resolved,
        IReadOnlyDictionary<int, string> reasons, bool overwriteUnversioned, FigureReference reference, CancellationToken ct)
    {
        var existing = await StoredAsync(db, inputs, resolved, reference, ct);
        var (conflicts, planned) = (new List<FigureConflict>(), new List<PlannedFigure>(inputs.Count));
        for (var i = 0; i < inputs.Count; i++)
        {
            var (input, (unit, component), reason, tag) = (inputs[i], resolved[i], reasons.GetValueOrDefault(i), tags[i]);
            var key = (unit.Id, component.Id, input.Year, input.Month);
            if (existing.TryGetValue(key, out var row))
            {
                var seen = input.Version ?? (overwriteUnversioned ? row.Version : null);
                if (seen != row.Version)
                {
                    conflicts.Add(new FigureConflict(tag, row.Value, row.Version, row.UpdatedBy, row.UpdatedAt));
                    continue;
                }

                planned.Add(row.Value == input.Value
                    ? new PlannedFigure(tag, row, FigureChange.Unchanged, row.Value, row.Version, reason, key)
                    : new PlannedFigure(tag, row, FigureChange.Changed, input.Value!.Value, Guid.NewGuid(), reason, key));
            }
            else if (input.Version is not null)
            {
                conflicts.Add(new FigureConflict(tag, null, null, null, null)); // deleted in between
            }
            else
            {
                planned.Add(new PlannedFigure(tag, null, FigureChange.New, input.Value!.Value, Guid.NewGuid(), reason, key));
            }
        }

        return (planned, conflicts);
    }

    /// <summary>After a failed write: the conflicts as the figures stand now.</summary>
    public static async Task<SaveOutcome> RaceConflictsAsync(AppDbContext db, IReadOnlyList<FigureInput> inputs,
        List<(OrgUnit Unit, IndicatorComponent Component)> resolved, bool overwriteUnversioned, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await StoredAsync(db, inputs, resolved, null, ct);
        var conflicts = inputs.Select((input, i) => (input, i))
            .Select(x => (x.i, Row: current.GetValueOrDefault((resolved[x.i].Unit.Id, resolved[x.i].Component.Id, x.input.Year, x.input.Month)), x.input))
            .Where(x => x.Row?.Version != x.input.Version && !(overwriteUnversioned && x.input.Version is null))
            .Select(x => new FigureConflict(x.i, x.Row?.Value, x.Row?.Version, x.Row?.UpdatedBy, x.Row?.UpdatedAt))
            .ToList();
        return new SaveOutcome(SaveStatus.Conflict, [], conflicts, []);
    }

    /// <summary>
    /// The stored rows of the inputs' units within the months they span, read without tracking: only what changes is
    /// tracked. Per chunk, so a large import never holds the stored rows of all its years; only the units that have
    /// stored figures in the inputs' years (<paramref name="reference"/> knows them; null: ask for every unit).
    /// </summary>
    private static async Task<Dictionary<(int, int, int, int), MonthlyValue>> StoredAsync(AppDbContext db,
        IReadOnlyList<FigureInput> inputs, List<(OrgUnit Unit, IndicatorComponent Component)> resolved, FigureReference? reference,
        CancellationToken ct)
    {
        var rows = new Dictionary<(int, int, int, int), MonthlyValue>();
        var unitIds = inputs.Select((input, i) => (resolved[i].Unit.Id, input.Year))
            .Where(x => reference is null || reference.HasStored(x.Item1, x.Item2)).Select(x => x.Item1).Distinct().ToList();
        if (unitIds.Count == 0)
        {
            return rows;
        }

        var months = inputs.Select(i => i.Year * 12 + i.Month).ToList();
        var (from, to) = (months.Min(), months.Max());
        var (fromYear, toYear) = (inputs.Min(i => i.Year), inputs.Max(i => i.Year));
        var wanted = inputs.Select((input, i) => (resolved[i].Unit.Id, resolved[i].Component.Id, input.Year, input.Month)).ToHashSet();
        var stored = db.MonthlyValues.AsNoTracking()
            .Where(v => unitIds.Contains(v.OrgUnitId) && v.Year >= fromYear && v.Year <= toYear
                        && v.Year * 12 + v.Month >= from && v.Year * 12 + v.Month <= to)
            .AsAsyncEnumerable();
        await foreach (var v in stored.WithCancellation(ct))
        {
            var key = (v.OrgUnitId, v.ComponentId, v.Year, v.Month);
            if (wanted.Contains(key))
            {
                rows[key] = v;
            }
        }

        return rows;
    }
}
