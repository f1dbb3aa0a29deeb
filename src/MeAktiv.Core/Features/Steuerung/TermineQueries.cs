using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The Termine of a period that concern the user: the fixed dates of the Zielvereinbarung for the user's roles
/// (<see cref="FixedDate.Audience"/>; cancelled ones not), the occurrences of the recurring meetings
/// (<see cref="RecurringOccurrences"/>), and the monthly submission deadline (setting <c>Figures:SubmissionDay</c>) of
/// each team the user enters figures for — a Teamleitung its own teams, the Bereichsleitung and the
/// Geschäftsführung every team they may change, summed up per month. Administration and Träger get no deadlines.
/// </summary>
public sealed class TermineQueries(IDbContextFactory<AppDbContext> factory, IOptions<FigureOptions> options)
{
    /// <summary>The longest period one request lists: two years (the Termine page shows one calendar year).</summary>
    public const int MaxDays = 731;

    /// <summary>Why a period cannot be listed (German), or null: both days in the valid years
    /// (<see cref="YearMonth.IsValidYear"/>), <paramref name="to"/> not before <paramref name="from"/>, at most
    /// <see cref="MaxDays"/> days.</summary>
    public static string? PeriodRefusal(DateOnly from, DateOnly to) =>
        !YearMonth.IsValidYear(from.Year) || !YearMonth.IsValidYear(to.Year) ? YearMonth.YearRangeMessage
        : to < from ? "Das Ende des Zeitraums liegt vor seinem Anfang."
        : to.DayNumber - from.DayNumber > MaxDays ? $"Der Zeitraum darf höchstens {MaxDays} Tage (zwei Jahre) lang sein."
        : null;

    public async Task<IReadOnlyList<Termin>> ListAsync(UserScope scope, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var fixedDates = await db.FixedDates.AsNoTracking().Where(d => d.Date >= from && d.Date <= to && !d.Cancelled).ToListAsync(ct);
        var result = fixedDates
            .Where(d => TerminRules.Roles(d.Audience).Any(scope.IsInRole))
            .Select(d => new Termin(d.Date, d.Title, d.Description, TerminKind.Fest, d.Source, null, false))
            .ToList();
        var rules = await db.RecurringDates.AsNoTracking().Where(r => !r.Cancelled && r.From <= to && (r.To == null || r.To >= from)).ToListAsync(ct);
        if (rules.Count > 0)
        {
            var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
            result.AddRange(RecurringOccurrences.For(scope, rules, units, from, to));
        }

        result.AddRange(await DeadlinesAsync(db, scope, from, to, ct));
        return result.OrderBy(t => t.Date).ThenBy(t => t.Kind).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
    }

    private async Task<IEnumerable<Termin>> DeadlinesAsync(AppDbContext db, UserScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!scope.IsInRole(Roles.Teamleitung) && !SteuerungRights.IsLead(scope))
        {
            return [];
        }

        var day = options.Value.SubmissionDay;
        // The month whose deadline (THE rule: CompletenessQueries.Deadline) falls in the period.
        DateOnly DeadlineOf(DateOnly first) => CompletenessQueries.Deadline(first.Year, first.Month, options.Value);
        var months = new List<DateOnly>();
        for (var first = new DateOnly(from.Year, from.Month, 1).AddMonths(-1); DeadlineOf(first) <= to; first = first.AddMonths(1))
        {
            if (DeadlineOf(first) >= from)
            {
                months.Add(first);
            }
        }

        if (months.Count == 0)
        {
            return [];
        }

        var teams = (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Team).ToListAsync(ct))
            .Where(u => scope.CanEditFigures(u.Id)).ToList();
        var ids = teams.Select(t => t.Id).ToList();
        var years = months.Select(m => m.Year).Distinct().ToList();
        var states = await db.MonthStatuses.AsNoTracking()
            .Where(s => ids.Contains(s.OrgUnitId) && years.Contains(s.Year) && s.State != MonthState.Entwurf)
            .Select(s => new { s.OrgUnitId, s.Year, s.Month })
            .ToListAsync(ct);
        var submitted = states.Select(s => (s.OrgUnitId, s.Year, s.Month)).ToHashSet();
        var source = $"Abgabefrist: {day}. des Folgemonats";
        var result = new List<Termin>();
        foreach (var month in months)
        {
            var deadline = DeadlineOf(month);
            var due = teams.Where(t => t.ExistsIn(month.Year, month.Month)).ToList();
            var open = due.Where(t => !submitted.Contains((t.Id, month.Year, month.Month))).ToList();
            var label = Common.German.MonthDigits(month.Year, month.Month);
            if (scope.IsInRole(Roles.Teamleitung) && !SteuerungRights.IsLead(scope))
            {
                result.AddRange(due.Select(t => new Termin(deadline, $"Monatszahlen {label} einreichen: {t.Name}",
                    open.Contains(t) ? "noch nicht eingereicht" : "eingereicht", TerminKind.Abgabefrist, source, t.Code, open.Contains(t))));
            }
            else if (due.Count > 0)
            {
                result.Add(new Termin(deadline, $"Abgabefrist Monatszahlen {label}",
                    $"{open.Count} von {due.Count} Teams noch nicht eingereicht", TerminKind.Abgabefrist, source, null, open.Count > 0));
            }
        }

        return result;
    }
}

public enum TerminKind
{
    Fest = 0,
    Abgabefrist = 1,

    /// <summary>An occurrence of a recurring meeting (<see cref="RecurringDate"/>).</summary>
    Regelmaessig = 2,
}

/// <summary>A date on the Termine list; <see cref="Open"/>: a submission still outstanding.</summary>
public sealed record Termin(DateOnly Date, string Title, string? Detail, TerminKind Kind, string? Source, string? UnitCode, bool Open);
