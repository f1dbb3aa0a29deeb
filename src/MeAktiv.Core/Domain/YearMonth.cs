using System.Globalization;

namespace MeAktiv.Core.Domain;

/// <summary>
/// A calendar month. Also THE valid-year rule of the app: figures, targets, reports, months and dates named in a request
/// lie in the years <see cref="MinYear"/>–<see cref="MaxYear"/>; anything outside is refused with a German 400
/// (<see cref="YearRangeMessage"/>) before any date arithmetic can overflow.
/// </summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The German refusal of a year outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</summary>
    public const string YearRangeMessage = "Das Jahr muss zwischen 2000 und 2100 liegen.";

    /// <summary>The German refusal of a month text that is not <c>JJJJ-MM</c> within the valid years.</summary>
    public const string FormatMessage = "Der Monat muss im Format JJJJ-MM angegeben werden (z. B. 2015-03), das Jahr zwischen 2000 und 2100.";

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>A month of the valid years (1–12).</summary>
    public bool IsValid => IsValidYear(Year) && Month is >= 1 and <= 12;

    /// <summary><c>JJJJ-MM</c> (exactly, invariant digits) within the valid years; null otherwise.</summary>
    public static YearMonth? Parse(string? text) =>
        text is { Length: 7 } && text[4] == '-'
        && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && new YearMonth(year, month) is { IsValid: true } parsed
            ? parsed
            : null;

    /// <summary>The month as one number, counted from January of year 0 (<c>Year * 12 + Month - 1</c>): months apart
    /// are numbers apart. A method, not a property: it is not written with a month (audit entries, JSON, the seed scripts).</summary>
    public int Index() => Year * 12 + Month - 1;

    public int CompareTo(YearMonth other) => Index().CompareTo(other.Index());

    /// <summary>The month <paramref name="months"/> later (earlier when negative), across years.</summary>
    public YearMonth AddMonths(int months)
    {
        var index = Index() + months;
        return new YearMonth(index / 12, index % 12 + 1);
    }

    /// <summary>German display: <c>06/2015</c>.</summary>
    public override string ToString() => $"{Month:00}/{Year}";
}
