namespace MeAktiv.Core.Domain;

/// <summary>A calendar month.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>The month <paramref name="months"/> later (earlier when negative), across years.</summary>
    public YearMonth AddMonths(int months)
    {
        var index = Year * 12 + Month - 1 + months;
        return new YearMonth(index / 12, index % 12 + 1);
    }

    /// <summary>German display: <c>06/2015</c>.</summary>
    public override string ToString() => $"{Month:00}/{Year}";
}
