using System.Globalization;

namespace MeAktiv.Web.Features.Figures;

/// <summary>A month as the pages' query strings carry it (<c>monat=2015-06</c>).</summary>
public readonly record struct MonthValue(int Year, int Month) : IComparable<MonthValue>
{
    public int CompareTo(MonthValue other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>Whether a unit valid from <paramref name="from"/> to <paramref name="to"/> exists on a day of this month.</summary>
    public bool Overlaps(DateOnly from, DateOnly? to)
    {
        var first = new DateOnly(Year, Month, 1);
        return from <= first.AddMonths(1).AddDays(-1) && (to is null || first <= to);
    }

    public MonthValue Add(int months)
    {
        var index = Year * 12 + Month - 1 + months;
        return new MonthValue(index / 12, index % 12 + 1);
    }

    /// <summary><c>2015-06</c>, for query strings.</summary>
    public string Query => $"{Year:D4}-{Month:D2}";

    /// <summary><c>Juni 2015</c>.</summary>
    public string Text => $"{MonthPicker.Names[Month - 1]} {Year}";

    public static MonthValue? Parse(string? text) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new MonthValue(d.Year, d.Month)
            : null;

    public static MonthValue Now(TimeProvider clock)
    {
        var local = MeAktiv.Core.Common.German.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new MonthValue(local.Year, local.Month);
    }
}
