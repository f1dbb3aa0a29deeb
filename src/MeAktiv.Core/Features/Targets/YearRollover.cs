using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Targets;

/// <summary>What "Zieljahr vorbereiten" did, or why it did nothing (German text).</summary>
public sealed record YearRolloverResult(int Created, int Skipped, int Planned, int Dates = 0, TargetFailure Failure = TargetFailure.None,
    string? Error = null, int SwitchedOff = 0)
{
    public bool Ok => Failure == TargetFailure.None;

    /// <summary>The German result message for the page.</summary>
    public string Message(int year) => Created + Planned + Dates + SwitchedOff == 0
        ? $"Zieljahr {year} war schon vorbereitet: nichts geändert ({Skipped} Ziele vorhanden)."
        : $"Zieljahr {year} vorbereitet: {Created} Ziele übernommen, {Planned} geplante Werte mit Ausgangswert versehen, {Skipped} unverändert; {Dates} jährliche Termine übernommen"
          + (SwitchedOff == 0 ? "." : $"; {SwitchedOff} abgeschaltete Kennzahlen auch {year} abgeschaltet.");

    internal static YearRolloverResult Fail(TargetFailure failure, string error) => new(0, 0, 0, 0, failure, error);
}

/// <summary>
/// "Zieljahr Y vorbereiten" (Geschäftsführung only): for every (unit, indicator) target of Y−1 a target of Y exists
/// afterwards. A target of Y that does not exist yet is created as a Planungsangebot without a value ("aus Y−1
/// übernommen"). A target of Y that was already planned (e.g. EQ 53 % for 2016 from the Planungsdokument, seeded from
/// targets.csv) keeps its value and status and gets a new version carrying the baseline, as long as it is a
/// Planungsangebot without a baseline. The baseline is the finished year's result at the holding unit: the engine's
/// value for December of Y−1 if that month is complete there ("Ist 12/2015"), else the latest month with figures
/// ("Ist 05/2015 (vorläufig)"). The activation of Y−1 carries over: an indicator switched off in Y−1 and not yet
/// switched in Y is switched off in Y too, and gets no target of Y. The yearly fixed dates of Y−1 are carried to Y
/// (<see cref="YearlyDates"/>; one-off dates and cancelled ones are not; recurring meetings simply run on). Targets and
/// dates of Y−1 are never touched; agreed targets of Y neither. One save (one transaction), audited with a reason; a
/// second run finds nothing to do and says so.
/// A target whose period runs into Y (ESF 04/2015–12/2017) is skipped: it is the unit's target in Y already
/// (<see cref="OrganisationData.TargetCovering"/>).
/// </summary>
public sealed class YearRollover(IDbContextFactory<AppDbContext> factory, AttainmentQueries attainment, TimeProvider clock)
{
    public const string ForbiddenText = "Ein Zieljahr vorbereiten kann nur die Geschäftsführung.";

    public async Task<YearRolloverResult> RunAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        if (!scope.IsInRole(Roles.Geschaeftsfuehrung))
        {
            return YearRolloverResult.Fail(TargetFailure.Forbidden, ForbiddenText);
        }

        var source = year - 1;
        await using var db = await factory.CreateDbContextAsync(ct);
        var sourceTargets = year is < 2001 or > 2100
            ? []
            : await db.Targets.AsNoTracking().Include(t => t.OrgUnit).Include(t => t.Indicator).Include(t => t.Versions)
                .Where(t => t.Year == source).ToListAsync(ct);
        if (sourceTargets.Count == 0)
        {
            return YearRolloverResult.Fail(TargetFailure.Invalid,
                $"Das Zieljahr {year} kann nicht vorbereitet werden: Für {source} gibt es keine Ziele. Vorbereitet wird immer das Jahr nach einem Zieljahr.");
        }

        var existing = (await db.Targets.Include(t => t.Versions).Where(t => t.Year == year).ToListAsync(ct))
            .ToDictionary(t => (t.OrgUnitId, t.IndicatorId));
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var switchedOff = await CarryActivationAsync(db, source, year, ct);
        var activation = new IndicatorActivation(db.IndicatorYears.Local
            .Concat(await db.IndicatorYears.AsNoTracking().Where(y => y.Year == year).ToListAsync(ct)));
        int created = 0, skipped = 0, planned = 0;
        foreach (var unitTargets in sourceTargets.GroupBy(t => t.OrgUnit!.Code))
        {
            AttainmentData? data = null;
            foreach (var old in unitTargets.OrderBy(t => t.Indicator!.Code, StringComparer.Ordinal))
            {
                existing.TryGetValue((old.OrgUnitId, old.IndicatorId), out var target);
                var current = target?.Current;
                if (old.Current?.PeriodTo is { } end && end.Year >= year)
                {
                    skipped++; // a project target whose period runs into the new year (ESF 04/2015–12/2017) still applies there
                    continue;
                }

                if (!Enumerable.Range(1, 12).Any(m => old.OrgUnit!.ExistsIn(year, m)))
                {
                    skipped++; // the unit no longer exists in the new year (closed; its successor gets its own targets)
                    continue;
                }

                if (!activation.IsActive(old.IndicatorId, year))
                {
                    skipped++; // switched off in the new year: no target can be set
                    continue;
                }

                if (current is not null && (current.Status != TargetStatus.Planungsangebot || current.Baseline is not null || current.BaselineSource is not null))
                {
                    skipped++;
                    continue;
                }

                data ??= await attainment.LoadAsync(scope, unitTargets.Key, source, source, ct);
                // The loaded indicator with its components (the target's own Indicator has none: no engine value).
                var indicator = data.Indicator(old.IndicatorId);
                var (baseline, baselineSource) = Baseline(data, indicator, source);
                if (current is null)
                {
                    target = new Target { IndicatorId = old.IndicatorId, OrgUnitId = old.OrgUnitId, Year = year };
                    db.Targets.Add(target);
                    target.Versions.Add(Version(target, 1, null, today, $"aus {source} übernommen", baseline, baselineSource, scope, now, year));
                    created++;
                }
                else if (baselineSource is null)
                {
                    skipped++; // planned, but no figures of the year before to set a baseline from
                }
                else
                {
                    var next = Version(target!, current.Number + 1, current.Value, current.DecidedOn, current.Note, baseline, baselineSource, scope, now, year);
                    next.Change = current.Change;
                    target!.Versions.Add(next);
                    planned++;
                }
            }
        }

        var dates = await YearlyDates.AddCopiesAsync(db, source, scope.UserName, now, ct);
        if (created + planned + switchedOff + dates == 0)
        {
            return new YearRolloverResult(0, skipped, 0);
        }

        db.AuditReason = $"Zieljahr {year} vorbereitet (Übernahme aus {source})";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return YearRolloverResult.Fail(TargetFailure.Conflict, $"Jemand hat das Zieljahr {year} gerade vorbereitet oder ein Ziel gespeichert. Bitte neu laden.");
        }

        return new YearRolloverResult(created, skipped, planned, dates, SwitchedOff: switchedOff);
    }

    /// <summary>Adds a switched-off row of <paramref name="year"/> for every indicator switched off in
    /// <paramref name="source"/> that has no row of its own for the year; the number added.</summary>
    private static async Task<int> CarryActivationAsync(AppDbContext db, int source, int year, CancellationToken ct)
    {
        var rows = await db.IndicatorYears.AsNoTracking().Where(y => y.Year == source || y.Year == year).ToListAsync(ct);
        var carried = rows.Where(r => r.Year == source && !r.Active && rows.All(n => n.Year != year || n.IndicatorId != r.IndicatorId))
            .Select(r => new IndicatorYear { IndicatorId = r.IndicatorId, Year = year, Active = false, Reason = $"aus {source} übernommen: {r.Reason}" })
            .ToList();
        db.IndicatorYears.AddRange(carried);
        return carried.Count;
    }

    private static TargetVersion Version(Target target, int number, decimal? value, DateOnly decidedOn, string? note,
        decimal? baseline, string? baselineSource, UserScope scope, DateTime now, int year) => new()
    {
        TargetId = target.Id,
        Number = number,
        Value = value,
        Status = TargetStatus.Planungsangebot,
        DecidedOn = decidedOn,
        Note = note,
        Reason = $"Zieljahr {year} vorbereitet",
        Baseline = baseline,
        BaselineSource = baselineSource,
        CreatedBy = scope.UserName,
        CreatedAt = now,
    };

    /// <summary>
    /// The result of <paramref name="year"/> at the data's unit and where it comes from: December if complete, else the
    /// latest month with figures of the indicator; where the engine has no value there (e.g. a component missing), the
    /// latest month before it with one. (null, null) without any.
    /// </summary>
    private static (decimal? Value, string? Source) Baseline(AttainmentData data, Indicator indicator, int year)
    {
        var complete = data.Datenstand.LatestCompleteMonth(data.UnitId, year) == 12;
        var latest = complete ? 12 : data.LatestMonth(indicator, year)?.Month ?? 0;
        for (var m = latest; m >= 1; m--)
        {
            if (data.Calculate(indicator, year, m).Actual is { } actual)
            {
                return (actual, $"Ist {m:00}/{year}" + (complete && m == 12 ? "" : " (vorläufig)"));
            }
        }

        return (null, null);
    }
}
