using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// Saves monthly figures (grid, import and API alike): checks rights, the shared rules, closed months and versions,
/// asks for a confirmation of soft plausibility findings, then stores the whole batch in one transaction with its
/// audit history — or nothing. One way for every batch (<see cref="FigureBatch"/>): a list is one chunk; the import
/// feeds its file in chunks (<see cref="SaveManyAsync"/>), so its memory does not grow with the file.
/// </summary>
public sealed class FigureEntryService(
    IDbContextFactory<AppDbContext> factory, AuditWriter audit, TimeProvider clock, IOptions<FigureOptions> options,
    ILogger<FigureEntryService> logger, FigureCache cache)
{
    /// <summary>Batches of at least this many figures log where their time went (an import).</summary>
    private const int LoggedBatch = 1_000;

    /// <param name="scope">The user who saves.</param>
    /// <param name="inputs">The figures; each carries the version the user saw and its confirmation.</param>
    /// <param name="overwriteUnversioned">Import: an input without a version replaces whatever is stored (a change made
    /// after the stored values were read is still detected by the version check of the UPDATE).</param>
    /// <param name="dryRun">Check everything (rights, rules, closed months, versions) but store nothing: the import
    /// preview. Soft findings do not stop a dry run; they come back as <see cref="SaveOutcome.Warnings"/>.</param>
    /// <param name="ct">Cancels the whole batch; nothing is stored then.</param>
    public async Task<SaveOutcome> SaveAsync(UserScope scope, IReadOnlyList<FigureInput> inputs, bool overwriteUnversioned = false,
        bool dryRun = false, CancellationToken ct = default)
    {
        var start = clock.GetTimestamp();
        await using var db = await factory.CreateDbContextAsync(ct);
        var reference = await FigureReference.LoadAsync(db, inputs, ct);
        var tags = Enumerable.Range(0, inputs.Count).ToList();
        var planned = new List<PlannedFigure>(inputs.Count);
        var outcome = await RunAsync(db, scope, reference, overwriteUnversioned, dryRun, planned,
            (batch, token) => batch.AddAsync(inputs, tags, token), clock.GetElapsedTime(start), ct);
        if (outcome is { Status: SaveStatus.Conflict, Conflicts.Count: 0 })
        {
            // A write failed on a save in between: report the figures as they stand now.
            var resolved = inputs.Select(i => (Unit: reference.Unit(i.Unit)!, Component: reference.Component(i.Indicator, i.Component)!)).ToList();
            return await FigureStore.RaceConflictsAsync(db, inputs, resolved, overwriteUnversioned, ct);
        }

        return outcome;
    }

    /// <summary>
    /// The first step of a batch too large to hold as a list (the import): units, components and cities, in which the
    /// caller notes every input (<see cref="FigureReference.Note"/>) while it reads its source.
    /// </summary>
    internal async Task<FigureReference> LoadReferenceAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await FigureReference.LoadReferenceDataAsync(db, ct);
    }

    /// <summary>
    /// The second step: the batch whose inputs were noted in <paramref name="reference"/>, checked and stored as
    /// <see cref="SaveAsync"/> does with <c>overwriteUnversioned</c>, fed chunk by chunk by <paramref name="feed"/>
    /// (which sets the figures of each chunk's window in the reference; called again, from the first chunk, if the
    /// database asks to retry the transaction). The outcome's errors carry the tags; it lists no saved figures (see
    /// <see cref="FigureBatch.OnPlanned"/>). On a write that failed on a save in between: <see cref="SaveStatus.Conflict"/>
    /// without conflicts (an unversioned input has none).
    /// </summary>
    internal async Task<SaveOutcome> SaveManyAsync(UserScope scope, FigureReference reference, bool dryRun,
        Func<FigureBatch, CancellationToken, Task> feed, CancellationToken ct)
    {
        var start = clock.GetTimestamp();
        await using var db = await factory.CreateDbContextAsync(ct);
        await reference.LoadStoredAsync(db, ct);
        return await RunAsync(db, scope, reference, overwriteUnversioned: true, dryRun, null, feed, clock.GetElapsedTime(start), ct);
    }

    /// <summary>
    /// One batch in the database's execution strategy (a retry runs it again from the first chunk): the closed months
    /// of its units, then the chunks <paramref name="feed"/> gives, then the outcome (stored or rolled back).
    /// </summary>
    private async Task<SaveOutcome> RunAsync(AppDbContext db, UserScope scope, FigureReference reference, bool overwriteUnversioned,
        bool dryRun, List<PlannedFigure>? planned, Func<FigureBatch, CancellationToken, Task> feed, TimeSpan loaded, CancellationToken ct)
    {
        var validator = new FigureInputValidator(reference, FigureMonths.Current(clock), options.Value);
        var closed = await ClosedMonthsAsync(db, reference.BatchUnits, ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            planned?.Clear();
            db.ChangeTracker.Clear();
            await using var writer = new FigureWriter(db, audit, scope.UserName, clock.GetUtcNow().UtcDateTime);
            var batch = new FigureBatch(db, scope, reference, validator, closed, writer, overwriteUnversioned, dryRun) { AllPlanned = planned };
            await feed(batch, token);
            var outcome = await batch.CompleteAsync(token);
            if (batch.Raised is { } raised)
            {
                cache.Advance(raised, [.. writer.Years]);
            }

            if (batch.Count >= LoggedBatch)
            {
                FigureLog.BatchSaved(logger, batch.Count, dryRun, loaded.TotalMilliseconds, batch.Rules.TotalMilliseconds,
                    batch.Plan.TotalMilliseconds, batch.Write.TotalMilliseconds, writer.Bulk.Binding.TotalMilliseconds,
                    writer.Bulk.Executing.TotalMilliseconds, writer.Commit.TotalMilliseconds);
            }

            return outcome;
        }, ct);
    }

    /// <summary>The closed months of the units (few: a unit-month each).</summary>
    private static async Task<HashSet<(int, int, int)>> ClosedMonthsAsync(AppDbContext db, IReadOnlyCollection<int> units, CancellationToken ct)
    {
        var unitIds = units.ToList();
        var closed = await db.MonthStatuses.AsNoTracking()
            .Where(s => unitIds.Contains(s.OrgUnitId) && s.State == MonthState.Abgeschlossen)
            .Select(s => new { s.OrgUnitId, s.Year, s.Month })
            .ToListAsync(ct);
        return closed.Select(s => (s.OrgUnitId, s.Year, s.Month)).ToHashSet();
    }
}
