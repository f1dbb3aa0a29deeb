using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The day the review process counts from (Stichtag): today, unless the latest figures in the database are older
/// than last month — then the last day of the month after the latest month with figures. In live use that is
/// today; in a database whose figures end in the past (the demo ends with 06/2015) the start page, the overdue
/// marks, the Termine and the defaults of a new meeting behave as on 31.07.2015 instead of showing nothing but
/// overdue items.
/// </summary>
public sealed class SteuerungCalendar(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    private DateOnly? _cached;

    public DateOnly Today => DateOnly.FromDateTime(Common.German.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<DateOnly> ReferenceDayAsync(CancellationToken ct = default)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var latest = await db.MonthlyValues.AsNoTracking()
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Month)
            .Select(v => new { v.Year, v.Month })
            .FirstOrDefaultAsync(ct);
        var today = Today;
        _cached = latest is null ? today : Min(today, new DateOnly(latest.Year, latest.Month, 1).AddMonths(2).AddDays(-1));
        return _cached.Value;
    }

    /// <summary>The month reviewed by default on the reference day: the month before it.</summary>
    public async Task<(int Year, int Month)> DefaultReviewMonthAsync(CancellationToken ct = default)
    {
        var day = (await ReferenceDayAsync(ct)).AddMonths(-1);
        return (day.Year, day.Month);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;
}
