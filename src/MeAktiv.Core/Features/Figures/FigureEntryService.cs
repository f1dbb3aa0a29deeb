using FluentValidation;
using FluentValidation.Results;
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
/// audit history — or nothing.
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
        var loaded = clock.GetElapsedTime(start);
        var validator = new FigureInputValidator(reference, FigureMonths.Current(clock), options.Value);

        // Every bad input is reported at once (the import lists every bad row): the rule violations of the inputs the
        // user may change, beside the refused ones. Refused rights decide the status. One list of failures serves
        // every input (a large import checks 100.000), and only the findings are kept.
        var (forbidden, findings, failures) = (new List<FigureError>(), new List<(int Index, ValidationFailure Failure)>(), new List<ValidationFailure>());
        for (var i = 0; i < inputs.Count; i++)
        {
            if (reference.Unit(inputs[i].Unit) is { } unit && !scope.CanEditFigures(unit.Id))
            {
                forbidden.Add(new FigureError(i, "Einheit", $"Keine Berechtigung, Zahlen der Einheit '{inputs[i].Unit}' zu ändern."));
                continue;
            }

            foreach (var failure in validator.Check(inputs[i], failures))
            {
                findings.Add((i, failure));
            }
        }

        var errors = Errors(findings, Severity.Error, Severity.Warning);
        var checkedAt = clock.GetElapsedTime(start);
        if (forbidden.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Forbidden, [.. forbidden, .. errors.OrderBy(e => e.Index)]);
        }

        if (findings.Any(f => f.Failure.Severity == Severity.Error))
        {
            return SaveOutcome.Refused(SaveStatus.Invalid, errors);
        }

        // Every input is valid here, so each names a unit and a component.
        var resolved = inputs.Select(i => (Unit: reference.Unit(i.Unit)!, Component: reference.Component(i.Indicator, i.Component)!)).ToList();
        var duplicates = Duplicates(inputs, resolved);
        if (duplicates.Count > 0)
        {
            return SaveOutcome.Refused(SaveStatus.Invalid, duplicates);
        }

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

        // The reason of a confirmed finding goes into the figure's audit entry.
        var reasons = findings.Where(f => f.Failure.Severity == Severity.Info).GroupBy(f => f.Index)
            .ToDictionary(g => g.Key, g => FigureFindings.AuditReason(g.Select(f => f.Failure.ErrorCode), inputs[g.Key].ConfirmReason!));
        var (planned, conflicts) =
            await FigureStore.PlanAsync(db, scope.UserName, inputs, resolved, reasons, overwriteUnversioned, ct);
        if (conflicts.Count > 0)
        {
            return new SaveOutcome(SaveStatus.Conflict, [], conflicts, []);
        }

        // Soft findings are asked last, when nothing else stands in the way of the save.
        if (errors.Count > 0 && !dryRun)
        {
            return SaveOutcome.Refused(SaveStatus.NeedsConfirmation, errors);
        }

        var plannedAt = clock.GetElapsedTime(start);
        var store = new FigureStore(factory, audit, clock, cache);
        if (!dryRun)
        {
            try
            {
                await store.WriteAsync(db, planned, scope.UserName, ct);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
            {
                // Someone saved between our read and our write: report the figures as they stand now.
                return await store.RaceConflictsAsync(inputs, resolved, overwriteUnversioned, ct);
            }
        }

        if (inputs.Count >= LoggedBatch)
        {
            FigureLog.BatchSaved(logger, inputs.Count, dryRun, loaded.TotalMilliseconds, (checkedAt - loaded).TotalMilliseconds,
                (plannedAt - checkedAt).TotalMilliseconds, (clock.GetElapsedTime(start) - plannedAt).TotalMilliseconds);
        }

        return new SaveOutcome(SaveStatus.Saved, [], [], new SavedFigures(planned), Errors(findings, Severity.Warning, Severity.Info));
    }

    /// <summary>The findings of the given severities as errors of the batch (a confirmed one is marked so).</summary>
    private static List<FigureError> Errors(List<(int Index, ValidationFailure Failure)> findings, params Severity[] severities) =>
        findings.Where(f => severities.Contains(f.Failure.Severity))
            .Select(f => new FigureError(f.Index, f.Failure.PropertyName, f.Failure.ErrorMessage,
                FigureFindings.IsCode(f.Failure.ErrorCode) ? f.Failure.ErrorCode : null, f.Failure.Severity == Severity.Info))
            .ToList();

    /// <summary>
    /// The inputs that repeat an earlier one (the same unit, component and month, codes compared without case), grouped
    /// by the first: keys of ids, not of text, so a large batch makes no string per input.
    /// </summary>
    private static List<FigureError> Duplicates(IReadOnlyList<FigureInput> inputs, List<(OrgUnit Unit, IndicatorComponent Component)> resolved)
    {
        var first = new Dictionary<(int, int, int, int), int>(inputs.Count);
        var repeats = new List<(int First, int Index)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!first.TryAdd((resolved[i].Unit.Id, resolved[i].Component.Id, inputs[i].Year, inputs[i].Month), i))
            {
                repeats.Add((first[(resolved[i].Unit.Id, resolved[i].Component.Id, inputs[i].Year, inputs[i].Month)], i));
            }
        }

        return repeats.OrderBy(r => r.First).ThenBy(r => r.Index)
            .Select(r => new FigureError(r.Index, "Wert", "Dieser Wert steht mehrfach in der Eingabe.")).ToList();
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
