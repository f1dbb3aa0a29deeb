using FluentValidation;
using FluentValidation.Results;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// One save of figures (<see cref="FigureEntryService"/>), fed in chunks of inputs, each input with a tag (its index,
/// or the import's row number) that its errors and its saved figure carry. Every chunk is checked as the whole batch
/// would be — rights and the shared rules (<see cref="FigureInputValidator"/> against the batch's
/// <see cref="FigureReference"/>, which knows every figure of the batch the chunk's rules look at), repeats of an earlier input, closed months,
/// the plan against the stored rows — and, while nothing stands in the way of the save, written at once in the
/// batch's one transaction (<see cref="FigureWriter"/>). Once a problem is found, nothing more is written, the later
/// chunks are still checked, and <see cref="CompleteAsync"/> rolls back and reports in the order of precedence of a
/// save: refused rights, rule errors, repeats, closed months, conflicts, unconfirmed soft findings. Memory: the errors
/// found and one chunk.
/// </summary>
internal sealed class FigureBatch(AppDbContext db, UserScope scope, FigureReference reference, FigureInputValidator validator,
    HashSet<(int Unit, int Year, int Month)> closedMonths, FigureWriter writer, bool overwriteUnversioned, bool dryRun)
{
    private readonly List<FigureError> _forbidden = [];
    private readonly List<FigureError> _errors = []; // findings of severity Error and Warning
    private readonly List<FigureError> _warnings = []; // findings of severity Warning and Info
    private readonly List<(int First, int Tag)> _repeats = [];
    private readonly List<FigureError> _closed = [];
    private readonly List<FigureConflict> _conflicts = [];
    private readonly List<ValidationFailure> _failures = [];
    private bool _hard;
    private bool _raced;

    /// <summary>Every planned figure in input order (only for a caller that wants them: the grid's versions).</summary>
    public List<PlannedFigure>? AllPlanned { get; init; }

    /// <summary>Called with each planned figure and its input, in input order, while the batch can still be saved.</summary>
    public Action<FigureInput, PlannedFigure>? OnPlanned { get; set; }

    /// <summary>Whether a write failed on a change made in between (<see cref="SaveStatus.Conflict"/>).</summary>
    public bool Raced => _raced;

    /// <summary>The figures' stamp as the commit raised it (null: nothing written).</summary>
    public long? Raised { get; private set; }

    /// <summary>Time spent per step (for the log line of a large batch).</summary>
    public TimeSpan Rules { get; private set; }

    public TimeSpan Plan { get; private set; }

    public TimeSpan Write { get; private set; }

    /// <summary>The inputs added so far.</summary>
    public int Count { get; private set; }

    public async Task AddAsync(IReadOnlyList<FigureInput> inputs, IReadOnlyList<int> tags, CancellationToken ct)
    {
        Count += inputs.Count;
        if (inputs.Count == 0)
        {
            return;
        }

        var start = TimeProvider.System.GetTimestamp();
        var infos = new Dictionary<int, List<string>>(); // position in the chunk → codes of its confirmed findings
        for (var i = 0; i < inputs.Count; i++)
        {
            if (reference.Unit(inputs[i].Unit) is { } unit && !scope.CanEditFigures(unit.Id))
            {
                _forbidden.Add(new FigureError(tags[i], "Einheit", $"Keine Berechtigung, Zahlen der Einheit '{inputs[i].Unit}' zu ändern."));
                continue;
            }

            foreach (var f in validator.Check(inputs[i], _failures))
            {
                var error = new FigureError(tags[i], f.PropertyName, f.ErrorMessage,
                    FigureFindings.IsCode(f.ErrorCode) ? f.ErrorCode : null, f.Severity == Severity.Info);
                _hard |= f.Severity == Severity.Error;
                if (f.Severity != Severity.Info)
                {
                    _errors.Add(error);
                }

                if (f.Severity != Severity.Error)
                {
                    _warnings.Add(error);
                }

                if (f.Severity == Severity.Info)
                {
                    (infos.TryGetValue(i, out var codes) ? codes : infos[i] = []).Add(f.ErrorCode);
                }
            }
        }

        Rules += TimeProvider.System.GetElapsedTime(start);
        if (_forbidden.Count > 0 || _hard)
        {
            return; // the outcome is decided; the later chunks' rule errors are still listed
        }

        // Every input is valid here, so each names a unit and a component.
        var resolved = inputs.Select(i => (Unit: reference.Unit(i.Unit)!, Component: reference.Component(i.Indicator, i.Component)!)).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var (input, (unit, component)) = (inputs[i], resolved[i]);
            if (reference.FirstInBatch(unit.Id, component.Id, input.Year, input.Month) is var first && first != tags[i])
            {
                _repeats.Add((first, tags[i]));
            }

            if (closedMonths.Contains((unit.Id, input.Year, input.Month)))
            {
                _closed.Add(new FigureError(tags[i], "Monat",
                    $"Der Monat {input.Year:D4}-{input.Month:D2} der Einheit '{input.Unit}' ist abgeschlossen. " +
                    "Nur die Bereichsleitung oder die Geschäftsführung kann ihn wieder öffnen."));
            }
        }

        if (_repeats.Count > 0 || _closed.Count > 0)
        {
            return;
        }

        await PlanAndWriteAsync(inputs, tags, resolved, infos, ct);
    }

    private async Task PlanAndWriteAsync(IReadOnlyList<FigureInput> inputs, IReadOnlyList<int> tags,
        List<(OrgUnit Unit, IndicatorComponent Component)> resolved, Dictionary<int, List<string>> infos, CancellationToken ct)
    {
        var start = TimeProvider.System.GetTimestamp();
        // The reason of a confirmed finding goes into the figure's audit entry.
        var reasons = infos.ToDictionary(x => x.Key, x => FigureFindings.AuditReason(x.Value, inputs[x.Key].ConfirmReason!));
        var (planned, conflicts) = await FigureStore.PlanAsync(db, inputs, tags, resolved, reasons, overwriteUnversioned, reference, ct);
        _conflicts.AddRange(conflicts);
        if (_conflicts.Count > 0)
        {
            return;
        }

        // Without conflicts the plan has one figure per input, in input order.
        AllPlanned?.AddRange(planned);
        for (var i = 0; OnPlanned is not null && i < planned.Count; i++)
        {
            OnPlanned(inputs[i], planned[i]);
        }

        var written = TimeProvider.System.GetTimestamp();
        Plan += TimeProvider.System.GetElapsedTime(start, written);
        // Soft findings not confirmed stop the save (asked last, when nothing else stands in its way).
        if (!dryRun && !_raced && _errors.Count == 0)
        {
            try
            {
                await writer.WriteAsync(planned, ct);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
            {
                _raced = true; // someone saved between our read and our write; rolled back when the batch ends
            }
        }

        Write += TimeProvider.System.GetElapsedTime(written);
    }

    /// <summary>The outcome; stores the batch when it is valid and no dry run (else nothing is stored).</summary>
    public async Task<SaveOutcome> CompleteAsync(CancellationToken ct)
    {
        var refused = _forbidden.Count > 0 ? SaveOutcome.Refused(SaveStatus.Forbidden, [.. _forbidden, .. _errors.OrderBy(e => e.Index)])
            : _hard ? SaveOutcome.Refused(SaveStatus.Invalid, _errors)
            : _repeats.Count > 0 ? SaveOutcome.Refused(SaveStatus.Invalid, [.. _repeats.OrderBy(r => r.First).ThenBy(r => r.Tag)
                .Select(r => new FigureError(r.Tag, "Wert", "Dieser Wert steht mehrfach in der Eingabe."))])
            : _closed.Count > 0 ? SaveOutcome.Refused(SaveStatus.Closed, _closed)
            : _conflicts.Count > 0 ? new SaveOutcome(SaveStatus.Conflict, [], _conflicts, [])
            : _errors.Count > 0 && !dryRun ? SaveOutcome.Refused(SaveStatus.NeedsConfirmation, _errors)
            : _raced ? new SaveOutcome(SaveStatus.Conflict, [], [], [])
            : null;
        if (refused is not null)
        {
            return refused;
        }

        if (!dryRun)
        {
            var start = TimeProvider.System.GetTimestamp();
            try
            {
                await writer.FlushAsync(ct);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
            {
                return new SaveOutcome(SaveStatus.Conflict, [], [], []); // a figure saved in between; rolled back
            }

            Raised = await writer.CommitAsync(ct);
            Write += TimeProvider.System.GetElapsedTime(start);
        }

        return new SaveOutcome(SaveStatus.Saved, [], [], AllPlanned is null ? [] : new SavedFigures(AllPlanned), _warnings);
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
