using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// Saves monthly figures (grid, import and API alike): checks rights, the shared rules, closed months and versions,
/// then stores the whole batch in one transaction with its audit history — or nothing.
/// </summary>
public sealed class FigureEntryService(
    IDbContextFactory<AppDbContext> factory, AuditWriter audit, TimeProvider clock, IOptions<FigureOptions> options)
{
    /// <param name="scope">The user who saves.</param>
    /// <param name="inputs">The figures; each carries the version the user saw.</param>
    /// <param name="overwriteUnversioned">Import: an input without a version replaces whatever is stored (a change made
    /// after the stored values were read is still detected by the version check of the UPDATE).</param>
    /// <param name="dryRun">Check everything (rights, rules, closed months, versions) but store nothing: the import preview.</param>
    /// <param name="ct">Cancels the whole batch; nothing is stored then.</param>
    public async Task<SaveOutcome> SaveAsync(UserScope scope, IReadOnlyList<FigureInput> inputs, bool overwriteUnversioned = false,
        bool dryRun = false, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var reference = await FigureReference.LoadAsync(db, inputs, ct);
        var now = clock.GetLocalNow();
        var validator = new FigureInputValidator(reference, new YearMonth(now.Year, now.Month), options.Value.StockJumpFactor);

        var forbidden = inputs.Select((input, i) => (input, i))
            .Where(x => reference.Unit(x.input.Unit) is { } u && !scope.CanEditFigures(u.Id))
            .Select(x => new FigureError(x.i, "Einheit", $"Keine Berechtigung, Zahlen der Einheit '{x.input.Unit}' zu ändern."))
            .ToList();
        // Every bad input is reported at once (the import lists every bad row): the rule violations of the inputs the
        // user may change, beside the refused ones. Refused rights decide the status.
        var forbiddenIndexes = forbidden.Select(f => f.Index).ToHashSet();
        var errors = inputs.SelectMany((input, i) => forbiddenIndexes.Contains(i)
                ? []
                : validator.Validate(input).Errors.Select(e => new FigureError(i, e.PropertyName, e.ErrorMessage,
                    e.ErrorCode == FigureInputValidator.StockJumpCode ? e.ErrorCode : null)))
            .ToList();
        if (forbidden.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Forbidden, [.. forbidden, .. errors.OrderBy(e => e.Index)]);
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Invalid, errors);
        }

        var duplicates = inputs.Select((input, i) => (input.Key, i)).GroupBy(x => x.Key).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1)).Select(x => new FigureError(x.i, "Wert", "Dieser Wert steht mehrfach in der Eingabe.")).ToList();
        if (duplicates.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Invalid, duplicates);
        }

        var resolved = inputs.Select(i => (Unit: reference.Unit(i.Unit)!, Component: reference.Component(i.Indicator, i.Component)!)).ToList();
        var closed = await ClosedMonthsAsync(db, resolved.Select((r, i) => (r.Unit.Id, inputs[i].Year, inputs[i].Month)), ct);
        var closedErrors = inputs.Select((input, i) => (input, i))
            .Where(x => closed.Contains((resolved[x.i].Unit.Id, x.input.Year, x.input.Month)))
            .Select(x => new FigureError(x.i, "Monat",
                $"Der Monat {x.input.Year:D4}-{x.input.Month:D2} der Einheit '{x.input.Unit}' ist abgeschlossen. " +
                "Nur die Bereichsleitung oder die Geschäftsführung kann ihn wieder öffnen."))
            .ToList();
        if (closedErrors.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Closed, closedErrors);
        }

        return await StoreAsync(db, scope, inputs, resolved, overwriteUnversioned, dryRun, ct);
    }

    private async Task<SaveOutcome> StoreAsync(AppDbContext db, UserScope scope, IReadOnlyList<FigureInput> inputs,
        List<(OrgUnit Unit, IndicatorComponent Component)> resolved, bool overwriteUnversioned, bool dryRun, CancellationToken ct)
    {
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var years = inputs.Select(i => i.Year).Distinct().ToList();
        // Read without tracking: only what changes is tracked, and only while its chunk is written (WriteAsync).
        var existing = (await db.MonthlyValues.AsNoTracking()
                .Where(v => unitIds.Contains(v.OrgUnitId) && years.Contains(v.Year))
                .ToListAsync(ct))
            .ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month));
        var conflicts = new List<FigureConflict>();
        var planned = new List<PlannedFigure>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var (unit, component) = resolved[i];
            if (existing.TryGetValue((unit.Id, component.Id, input.Year, input.Month), out var row))
            {
                var seen = input.Version ?? (overwriteUnversioned ? row.Version : null);
                if (seen != row.Version)
                {
                    conflicts.Add(new FigureConflict(i, row.Value, row.Version, row.UpdatedBy, row.UpdatedAt));
                    continue;
                }

                planned.Add(row.Value == input.Value
                    ? new PlannedFigure(i, row, FigureChange.Unchanged, row.Value, row.Version)
                    : new PlannedFigure(i, row, FigureChange.Changed, input.Value!.Value, Guid.NewGuid()));
            }
            else if (input.Version is not null)
            {
                conflicts.Add(new FigureConflict(i, null, null, null, null)); // deleted in between
            }
            else
            {
                row = new MonthlyValue
                {
                    OrgUnitId = unit.Id, ComponentId = component.Id, Year = input.Year, Month = input.Month, UpdatedBy = scope.UserName,
                };
                planned.Add(new PlannedFigure(i, row, FigureChange.New, input.Value!.Value, Guid.NewGuid()));
            }
        }

        if (conflicts.Count > 0)
        {
            return new SaveOutcome(SaveStatus.Conflict, [], conflicts, []);
        }

        if (!dryRun)
        {
            try
            {
                await WriteAsync(db, planned, scope.UserName, ct);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
            {
                // Someone saved between our read and our write: report the figures as they stand now.
                return await RaceConflictsAsync(inputs, resolved, overwriteUnversioned, ct);
            }
        }

        return new SaveOutcome(SaveStatus.Saved, [], [], planned.Select(p => new SavedFigure(p.Index, p.Value, p.Version, p.Change)).ToList());
    }

    /// <summary>
    /// Writes the new and changed figures in ONE transaction (all or nothing), in chunks of <see cref="ChunkSize"/>:
    /// each chunk is tracked, saved (the audit interceptor adds its history rows) and forgotten, so memory stays flat
    /// for an import of 100.000 rows. Unchanged figures are not written and get no audit entry. A changed figure is
    /// attached as it was read, with the version read as its original value: EF's UPDATE … WHERE Version = @read
    /// detects a save in between. Changes are detected per entry, not by scanning the whole tracker on every call.
    /// </summary>
    private async Task WriteAsync(AppDbContext db, List<PlannedFigure> planned, string user, CancellationToken ct)
    {
        var writes = planned.Where(p => p.Change != FigureChange.Unchanged).ToList();
        if (writes.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // On SQLite, new figures (the bulk of a large import) and their audit entries go in with one prepared statement
        // each; EF sends one command per row there. Changed figures always go through EF (version check, audit).
        var bulk = db.Database.IsSqlite() ? writes.Where(p => p.Change == FigureChange.New).ToList() : [];
        var tracked = bulk.Count == 0 ? writes : writes.Where(p => p.Change != FigureChange.New).ToList();
        // SQL Server retries a transient failure: the whole transaction again, from the unchanged plan.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await InsertNewAsync(db, bulk, user, now, ct);
            foreach (var chunk in tracked.Chunk(ChunkSize))
            {
                db.ChangeTracker.Clear();
                foreach (var p in chunk)
                {
                    var row = p.Change == FigureChange.New ? p.Read : Copy(p.Read);
                    var entry = p.Change == FigureChange.New ? db.MonthlyValues.Add(row) : db.MonthlyValues.Attach(row);
                    (row.Value, row.Version, row.IsDemo, row.UpdatedBy, row.UpdatedAt) = (p.Value, p.Version, false, user, now);
                    entry.DetectChanges();
                }

                await db.SaveChangesAsync(ct);
            }

            await FigureCache.RaiseAsync(db, ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        });
    }

    /// <summary>New figures past the change tracker, each with the audit entry the interceptor would have written.</summary>
    private async Task InsertNewAsync(AppDbContext db, List<PlannedFigure> planned, string user, DateTime now, CancellationToken ct)
    {
        if (planned.Count == 0)
        {
            return;
        }

        var rows = new List<MonthlyValue>(planned.Count);
        foreach (var p in planned)
        {
            var row = Copy(p.Read);
            (row.Value, row.Version, row.IsDemo, row.UpdatedBy, row.UpdatedAt) = (p.Value, p.Version, false, user, now);
            rows.Add(row);
        }

        await SqliteBulkInsert.InsertAsync(db, rows, ct);
        await SqliteBulkInsert.InsertAsync(db, audit.ForInserts(db, rows, now), ct);
    }

    private const int ChunkSize = 1_000;

    private static MonthlyValue Copy(MonthlyValue v) => new()
    {
        Id = v.Id, OrgUnitId = v.OrgUnitId, ComponentId = v.ComponentId, Year = v.Year, Month = v.Month, Value = v.Value,
        Version = v.Version, IsDemo = v.IsDemo, UpdatedBy = v.UpdatedBy, UpdatedAt = v.UpdatedAt,
    };

    /// <summary>What saving will do to one input: <see cref="Read"/> is the stored row as read (or the new row).</summary>
    private sealed record PlannedFigure(int Index, MonthlyValue Read, FigureChange Change, decimal Value, Guid Version);

    private async Task<SaveOutcome> RaceConflictsAsync(IReadOnlyList<FigureInput> inputs,
        List<(OrgUnit Unit, IndicatorComponent Component)> resolved, bool overwriteUnversioned, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var years = inputs.Select(i => i.Year).Distinct().ToList();
        var current = (await db.MonthlyValues.AsNoTracking()
                .Where(v => unitIds.Contains(v.OrgUnitId) && years.Contains(v.Year)).ToListAsync(ct))
            .ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month));
        var conflicts = inputs.Select((input, i) => (input, i))
            .Select(x => (x.i, Row: current.GetValueOrDefault((resolved[x.i].Unit.Id, resolved[x.i].Component.Id, x.input.Year, x.input.Month)), x.input))
            .Where(x => x.Row?.Version != x.input.Version && !(overwriteUnversioned && x.input.Version is null))
            .Select(x => new FigureConflict(x.i, x.Row?.Value, x.Row?.Version, x.Row?.UpdatedBy, x.Row?.UpdatedAt))
            .ToList();
        return new SaveOutcome(SaveStatus.Conflict, [], conflicts, []);
    }

    private static async Task<HashSet<(int, int, int)>> ClosedMonthsAsync(
        AppDbContext db, IEnumerable<(int Unit, int Year, int Month)> months, CancellationToken ct)
    {
        var wanted = months.ToHashSet();
        var unitIds = wanted.Select(m => m.Unit).Distinct().ToList();
        var closed = await db.MonthStatuses.AsNoTracking()
            .Where(s => unitIds.Contains(s.OrgUnitId) && s.State == MonthState.Abgeschlossen)
            .Select(s => new { s.OrgUnitId, s.Year, s.Month })
            .ToListAsync(ct);
        return closed.Select(s => (s.OrgUnitId, s.Year, s.Month)).Where(wanted.Contains).ToHashSet();
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
