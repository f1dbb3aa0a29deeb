namespace MeAktiv.Core.Kennzahlen;

/// <summary>A calendar month as a counted ordinal, so that month arithmetic crosses year ends (month 0 = December
/// of the previous year). Internal: the public API takes year and month as two integers.</summary>
internal readonly record struct MonthRef : IComparable<MonthRef>
{
    public MonthRef(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Der Monat muss zwischen 1 und 12 liegen.");
        }

        Ordinal = (year * 12) + month - 1;
    }

    private MonthRef(int ordinal) => Ordinal = ordinal;

    /// <summary>Months since January of year 0.</summary>
    public int Ordinal { get; }

    public int Year => Ordinal >= 0 ? Ordinal / 12 : ((Ordinal + 1) / 12) - 1;

    public int Month => Ordinal - (Year * 12) + 1;

    /// <summary>Month <paramref name="month"/> of <paramref name="year"/>, where 0 is December of the previous year.</summary>
    public static MonthRef Of(int year, int month) => new MonthRef(year, 1).AddMonths(month - 1);

    /// <summary>The month with the given <see cref="Ordinal"/>.</summary>
    public static MonthRef FromOrdinal(int ordinal) => new(ordinal);

    public MonthRef AddMonths(int months) => new(Ordinal + months);

    public int CompareTo(MonthRef other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(MonthRef a, MonthRef b) => a.Ordinal < b.Ordinal;

    public static bool operator >(MonthRef a, MonthRef b) => a.Ordinal > b.Ordinal;

    public static bool operator <=(MonthRef a, MonthRef b) => a.Ordinal <= b.Ordinal;

    public static bool operator >=(MonthRef a, MonthRef b) => a.Ordinal >= b.Ordinal;

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, both included (empty if reversed).</summary>
    public static IEnumerable<MonthRef> Range(MonthRef from, MonthRef to)
    {
        for (var o = from.Ordinal; o <= to.Ordinal; o++)
        {
            yield return new MonthRef(o);
        }
    }

    /// <summary>ISO month, <c>2015-03</c>: the form used in the API and in <see cref="AttainmentResult.Missing"/>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary><c>2015-01..2015-06</c>, or a single month.</summary>
    public static string FormatRange(MonthRef from, MonthRef to) => from == to ? from.ToString() : $"{from}..{to}";
}
