using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The day the review process counts from (Stichtag): today, unless the database's figures end in the past — then the
/// last day of the month after the month being entered. The month being entered follows from the Datenstand
/// (docs/kennzahlen.md), never from a draft: the month after the Jobcenter's latest complete month, or a later month
/// some unit has already submitted. In live use that is today; in a database whose figures end in the past (the demo:
/// complete up to 05/2015, 06/2015 being entered) the start page, the overdue marks, the Termine and the defaults of a
/// new meeting behave as on 31.07.2015 instead of showing nothing but overdue items — and a team that saves (not
/// submits) figures of a later month does not move it. Without any submitted month: the latest month with figures.
/// The two months are kept behind the stamps (<see cref="EnteringMonthCache"/>); the day follows from today each time.
/// </summary>
public sealed class SteuerungCalendar(IDbContextFactory<AppDbContext> factory, DatenstandQueries datenstand, EnteringMonthCache cache,
    Common.BusinessClock clock)
{
    private DateOnly? _cached;
    private YearMonth? _latestComplete;

    public DateOnly Today => clock.Today;

    public async Task<DateOnly> ReferenceDayAsync(CancellationToken ct = default)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        var (latestComplete, entering) = await MonthsAsync(ct);
        _latestComplete = latestComplete;
        var today = Today;
        _cached = entering is not { } m ? today : Min(today, new DateOnly(m.Year, m.Month, 1).AddMonths(2).AddDays(-1));
        return _cached.Value;
    }

    /// <summary>THE default month of every figures view, the Jobcenter's latest complete month (null: none yet); neither a
    /// draft nor one unit's submit of a later month moves it.</summary>
    public async Task<YearMonth?> LatestCompleteMonthAsync(CancellationToken ct = default)
    {
        await ReferenceDayAsync(ct);
        return _latestComplete;
    }

    /// <summary>The month reviewed by default: THE default month, the Jobcenter's latest complete month (without one,
    /// the month before the reference day).</summary>
    public async Task<(int Year, int Month)> DefaultReviewMonthAsync(CancellationToken ct = default)
    {
        var day = (await ReferenceDayAsync(ct)).AddMonths(-1);
        return _latestComplete is { } complete ? (complete.Year, complete.Month) : (day.Year, day.Month);
    }

    /// <summary>The Jobcenter's latest complete month and the month being entered: kept, or loaded (stamps first).</summary>
    private async Task<EnteringMonthCache.Months> MonthsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stamps = await Stamps.ReadAsync(db, ct);
        if (cache.Get(stamps) is { } kept)
        {
            return kept;
        }

        var stand = await datenstand.LoadAsync(ct: ct);
        var latestComplete = stand.LatestCompleteMonth();
        var entering = Max(latestComplete is { } c ? c.AddMonths(1) : null, stand.LatestSubmittedMonth())
            ?? await LatestMonthWithFiguresAsync(db, ct);
        var months = new EnteringMonthCache.Months(latestComplete, entering);
        cache.Put(stamps, months);
        return months;
    }

    private static async Task<YearMonth?> LatestMonthWithFiguresAsync(AppDbContext db, CancellationToken ct)
    {
        var latest = await db.MonthlyValues.AsNoTracking()
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Month)
            .Select(v => new { v.Year, v.Month })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : new YearMonth(latest.Year, latest.Month);
    }

    private static YearMonth? Max(YearMonth? a, YearMonth? b) =>
        a is not { } x ? b : b is not { } y ? a : x.CompareTo(y) >= 0 ? x : y;

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;
}
