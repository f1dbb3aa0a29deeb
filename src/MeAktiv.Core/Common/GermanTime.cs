using System.Globalization;

namespace MeAktiv.Core.Common;

/// <summary>Times are stored in UTC and shown in German local time (Europe/Berlin).</summary>
public static class GermanTime
{
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");
    private static readonly TimeZoneInfo Berlin = Find();

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    /// <summary><c>24.11.2026, 07:45 Uhr</c>.</summary>
    public static string Format(DateTime? utc) => utc is { } t ? ToLocal(t).ToString("dd.MM.yyyy, HH:mm 'Uhr'", De) : "–";

    private static TimeZoneInfo Find()
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
