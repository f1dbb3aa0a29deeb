using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>What saving will do to one input: <see cref="Read"/> is the stored row as read (null: a new figure, made
/// only when it is written); <see cref="Reason"/> goes into its audit entry (a confirmed plausibility finding). A struct
/// in one list: a plan of 100.000 new figures holds no object per figure.</summary>
internal readonly record struct PlannedFigure(int Index, MonthlyValue? Read, FigureChange Change, decimal Value, Guid Version, string? Reason,
    (int Unit, int Component, int Year, int Month) Key);

/// <summary>What a save did to each planned figure, read from the plan itself: no second list of 100.000 entries.</summary>
internal sealed class SavedFigures(List<PlannedFigure> planned) : IReadOnlyList<SavedFigure>
{
    public int Count => planned.Count;

    public SavedFigure this[int index] => Saved(planned[index]);

    public IEnumerator<SavedFigure> GetEnumerator() => planned.Select(Saved).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // A changed figure's Read is never written to: it holds the value stored before.
    private static SavedFigure Saved(PlannedFigure p) =>
        new(p.Index, p.Value, p.Version, p.Change, p.Change == FigureChange.New ? null : p.Read!.Value);
}

/// <summary>
/// The storing half of <see cref="FigureEntryService"/>: plans a checked batch against the stored rows (versions,
/// conflicts) and writes it in ONE transaction with its audit history, each figure with its own reason.
/// </summary>
internal sealed class FigureStore(IDbContextFactory<AppDbContext> factory, AuditWriter audit, TimeProvider clock, FigureCache cache)
{
    private const int ChunkSize = 1_000;

    /// <summary>What saving would do to each input, or the conflicts with what is stored now.</summary>
    public static async Task<(List<PlannedFigure> Planned, List<FigureConflict> Conflicts)> PlanAsync(AppDbContext db, string user,
        IReadOnlyList<FigureInput> inputs, List<(OrgUnit Unit, IndicatorComponent Component)> resolved,
        IReadOnlyDictionary<int, string> reasons, bool overwriteUnversioned, CancellationToken ct)
    {
        var existing = await StoredAsync(db, inputs, resolved, ct);
        var (conflicts, planned) = (new List<FigureConflict>(), new List<PlannedFigure>(inputs.Count));
        for (var i = 0; i < inputs.Count; i++)
        {
            var (input, (unit, component), reason) = (inputs[i], resolved[i], reasons.GetValueOrDefault(i));
            var key = (unit.Id, component.Id, input.Year, input.Month);
            if (existing.TryGetValue(key, out var row))
            {
                var seen = input.Version ?? (overwriteUnversioned ? row.Version : null);
                if (seen != row.Version)
                {
                    conflicts.Add(new FigureConflict(i, row.Value, row.Version, row.UpdatedBy, row.UpdatedAt));
                    continue;
                }

                planned.Add(row.Value == input.Value
                    ? new PlannedFigure(i, row, FigureChange.Unchanged, row.Value, row.Version, reason, key)
                    : new PlannedFigure(i, row, FigureChange.Changed, input.Value!.Value, Guid.NewGuid(), reason, key));
            }
            else if (input.Version is not null)
            {
                conflicts.Add(new FigureConflict(i, null, null, null, null)); // deleted in between
            }
            else
            {
                planned.Add(new PlannedFigure(i, null, FigureChange.New, input.Value!.Value, Guid.NewGuid(), reason, key));
            }
        }

        return (planned, conflicts);
    }

    /// <summary>
    /// Writes the new and changed figures in ONE transaction (all or nothing), in chunks of <see cref="ChunkSize"/>:
    /// each chunk is tracked, saved (the audit interceptor adds its history rows) and forgotten, so memory stays flat
    /// for an import of 100.000 rows. Unchanged figures are not written and get no audit entry. A changed figure is
    /// attached as it was read, with the version read as its original value: EF's UPDATE … WHERE Version = @read
    /// detects a save in between. Figures with a reason are saved apart, with <see cref="AppDbContext.AuditReason"/> set.
    /// </summary>
    public async Task WriteAsync(AppDbContext db, List<PlannedFigure> planned, string user, CancellationToken ct)
    {
        // The reasons in the order they first occur; the figures of each are written together (no copy of the plan).
        var reasons = planned.Where(p => p.Change != FigureChange.Unchanged).Select(p => p.Reason).Distinct().ToList();
        if (reasons.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // On SQLite, new figures (the bulk of a large import) and their audit entries go in with one prepared statement
        // each; EF sends one command per row there. Changed figures always go through EF (version check, audit).
        var sqlite = db.Database.IsSqlite();
        var raised = 0L;
        // SQL Server retries a transient failure: the whole transaction again, from the unchanged plan.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var reason in reasons)
            {
                db.AuditReason = reason;
                var group = planned.Where(p => p.Change != FigureChange.Unchanged && p.Reason == reason);
                if (sqlite)
                {
                    await InsertNewAsync(db, group.Where(p => p.Change == FigureChange.New), user, now, ct);
                }

                foreach (var chunk in group.Where(p => !sqlite || p.Change != FigureChange.New).Chunk(ChunkSize))
                {
                    db.ChangeTracker.Clear();
                    foreach (var p in chunk)
                    {
                        var row = p.Change == FigureChange.New ? NewRow(p, user, now) : Copy(p.Read!);
                        var entry = p.Change == FigureChange.New ? db.MonthlyValues.Add(row) : db.MonthlyValues.Attach(row);
                        (row.Value, row.Version, row.IsDemo, row.UpdatedBy, row.UpdatedAt) = (p.Value, p.Version, false, user, now);
                        entry.DetectChanges();
                    }

                    await db.SaveChangesAsync(ct);
                }
            }

            db.AuditReason = null;
            raised = await FigureCache.RaiseAsync(db, ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        });
        cache.Advance(raised, planned.Where(p => p.Change != FigureChange.Unchanged).Select(p => p.Key.Year).Distinct().ToList());
    }

    /// <summary>After a failed write: the conflicts as the figures stand now.</summary>
    public async Task<SaveOutcome> RaceConflictsAsync(IReadOnlyList<FigureInput> inputs,
        List<(OrgUnit Unit, IndicatorComponent Component)> resolved, bool overwriteUnversioned, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = await StoredAsync(db, inputs, resolved, ct);
        var conflicts = inputs.Select((input, i) => (input, i))
            .Select(x => (x.i, Row: current.GetValueOrDefault((resolved[x.i].Unit.Id, resolved[x.i].Component.Id, x.input.Year, x.input.Month)), x.input))
            .Where(x => x.Row?.Version != x.input.Version && !(overwriteUnversioned && x.input.Version is null))
            .Select(x => new FigureConflict(x.i, x.Row?.Value, x.Row?.Version, x.Row?.UpdatedBy, x.Row?.UpdatedAt))
            .ToList();
        return new SaveOutcome(SaveStatus.Conflict, [], conflicts, []);
    }

    /// <summary>The stored rows of the batch's units and years, read without tracking: only what changes is tracked.</summary>
    private static async Task<Dictionary<(int, int, int, int), MonthlyValue>> StoredAsync(AppDbContext db,
        IReadOnlyList<FigureInput> inputs, List<(OrgUnit Unit, IndicatorComponent Component)> resolved, CancellationToken ct)
    {
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var years = inputs.Select(i => i.Year).Distinct().ToList();
        return (await db.MonthlyValues.AsNoTracking()
                .Where(v => unitIds.Contains(v.OrgUnitId) && years.Contains(v.Year)).ToListAsync(ct))
            .ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month));
    }

    /// <summary>
    /// New figures past the change tracker, each followed by the audit entry the interceptor would have written: each
    /// row is made, inserted and audited in turn, so a large import holds neither a list of rows nor of entries
    /// (issue 23).
    /// </summary>
    private async Task InsertNewAsync(AppDbContext db, IEnumerable<PlannedFigure> planned, string user, DateTime now, CancellationToken ct)
    {
        await using var figures = SqliteBulkInsert<MonthlyValue>.Prepare(db);
        await using var audits = SqliteBulkInsert<AuditEntry>.Prepare(db);
        var entry = audit.ForInsert<MonthlyValue>(db, now);
        foreach (var p in planned)
        {
            var row = NewRow(p, user, now);
            await figures.InsertAsync(row, ct);
            await audits.InsertAsync(entry(row), ct);
        }
    }

    /// <summary>The row of a planned new figure, as it is stored.</summary>
    private static MonthlyValue NewRow(PlannedFigure p, string user, DateTime now) => new()
    {
        OrgUnitId = p.Key.Unit, ComponentId = p.Key.Component, Year = p.Key.Year, Month = p.Key.Month, Value = p.Value,
        Version = p.Version, IsDemo = false, UpdatedBy = user, UpdatedAt = now,
    };

    private static MonthlyValue Copy(MonthlyValue v) => new()
    {
        Id = v.Id, OrgUnitId = v.OrgUnitId, ComponentId = v.ComponentId, Year = v.Year, Month = v.Month, Value = v.Value,
        Version = v.Version, IsDemo = v.IsDemo, UpdatedBy = v.UpdatedBy, UpdatedAt = v.UpdatedAt,
    };
}
