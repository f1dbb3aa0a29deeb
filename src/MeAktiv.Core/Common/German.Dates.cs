using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Common;

/// <summary>German dates, months and periods. Times are stored in UTC and shown in German local time (Europe/Berlin).</summary>
public static partial class German
{
    private static readonly TimeZoneInfo Berlin = FindBerlin();

    /// <summary>A UTC time in German local time.</summary>
    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    /// <summary>A UTC time in German local time: <c>24.11.2026, 07:45 Uhr</c>.</summary>
    public static string Time(DateTime? utc) => utc is { } t ? ToLocal(t).ToString("dd.MM.yyyy, HH:mm 'Uhr'", Culture) : None;

    /// <summary><c>31.03.2015</c>.</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", Culture) ?? None;

    /// <summary>A span of days: <c>16.01.2015 bis 15.04.2015</c>.</summary>
    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)} bis {Date(to)}";

    /// <summary><c>Mai</c>.</summary>
    public static string MonthName(int month) => Culture.DateTimeFormat.GetMonthName(month);

    /// <summary>The abbreviated name without a dot, for chart axes and tables: <c>Jan</c>, <c>Mär</c>, <c>Sep</c>.</summary>
    public static string MonthShort(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    /// <summary><c>Mai 2015</c>.</summary>
    public static string Month(int year, int month) => $"{MonthName(month)} {year}";

    /// <summary><c>Mai 2015</c>.</summary>
    public static string Month(YearMonth month) => Month(month.Year, month.Month);

    /// <summary>A month in digits: <c>05/2015</c>.</summary>
    public static string MonthDigits(int year, int month) => $"{month:00}/{year}";

    /// <summary><c>1. Quartal 2015</c>.</summary>
    public static string Quarter(int quarter, int year) => $"{quarter}. Quartal {year}";

    private static TimeZoneInfo FindBerlin()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
