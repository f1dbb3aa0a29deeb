using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Figures;

/// <summary>
/// The one rule of which months take figures and month workflow steps (Erfassung, import, API, submitting and closing):
/// a month 1–12 of the valid years (<see cref="YearMonth.IsValidYear"/>) that is not later than the current month.
/// </summary>
public static class FigureMonths
{
    /// <summary>The current month in the server's local time.</summary>
    public static YearMonth Current(TimeProvider clock)
    {
        var now = clock.GetLocalNow();
        return new YearMonth(now.Year, now.Month);
    }

    /// <summary>Why <paramref name="month"/> takes no figures (German), or null when it does.</summary>
    public static string? Refusal(YearMonth month, YearMonth current) =>
        !YearMonth.IsValidYear(month.Year) ? YearMonth.YearRangeMessage
        : month.Month is < 1 or > 12 ? "Der Monat muss zwischen 1 und 12 liegen."
        : month.CompareTo(current) > 0 ? $"Der Monat {month.Year:D4}-{month.Month:D2} liegt in der Zukunft."
        : null;
}
