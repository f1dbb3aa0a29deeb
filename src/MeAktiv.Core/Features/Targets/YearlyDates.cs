using System.Globalization;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// The year rollover's part of the Termine: every yearly (<see cref="FixedDate.Yearly"/>), not cancelled fixed date of
/// the source year gets a copy on the same day of the next year (29.02. → 28.02.), with the year in its code moved on
/// (<c>BUT-2015-Q1</c> → <c>BUT-2016-Q1</c>; a code without the year gets "-2016"). A copy that exists already (same
/// code, or same title on the same day) is not made again. The source year's dates are not changed.
/// </summary>
internal static class YearlyDates
{
    private const int MaxCode = 40;

    /// <summary>Adds the copies to the context (saved with the rollover) and returns their number.</summary>
    public static async Task<int> AddCopiesAsync(AppDbContext db, int source, string user, DateTime now, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(source, 1, 1), new DateOnly(source, 12, 31));
        var yearly = await db.FixedDates.AsNoTracking()
            .Where(d => d.Yearly && !d.Cancelled && d.Date >= from && d.Date <= to).ToListAsync(ct);
        if (yearly.Count == 0)
        {
            return 0;
        }

        var codes = (await db.FixedDates.Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var next = await db.FixedDates.AsNoTracking().Where(d => d.Date > to && d.Date <= to.AddYears(1))
            .Select(d => new { d.Date, d.Title }).ToListAsync(ct);
        var count = 0;
        foreach (var date in yearly.OrderBy(d => d.Date).ThenBy(d => d.Code, StringComparer.Ordinal))
        {
            var day = date.Date.AddYears(1);
            var code = NextCode(date.Code, source);
            if (!codes.Add(code) || next.Any(n => n.Date == day && n.Title == date.Title))
            {
                continue;
            }

            db.FixedDates.Add(new FixedDate
            {
                Code = code, Date = day, Title = date.Title, Description = date.Description, Audience = date.Audience,
                Source = date.Source, Yearly = true, UpdatedBy = user, UpdatedAt = now,
            });
            count++;
        }

        return count;
    }

    private static string NextCode(string code, int source)
    {
        var (old, year) = (source.ToString(CultureInfo.InvariantCulture), (source + 1).ToString(CultureInfo.InvariantCulture));
        return code.Contains(old, StringComparison.Ordinal)
            ? code.Replace(old, year, StringComparison.Ordinal)
            : $"{code[..Math.Min(code.Length, MaxCode - year.Length - 1)]}-{year}";
    }
}
