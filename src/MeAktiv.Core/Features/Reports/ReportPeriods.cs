namespace MeAktiv.Core.Features.Reports;

/// <summary>Quarters and the BuT Stichtage (15.01., 15.04., 15.07., 15.10.) of the reports.</summary>
public static class ReportPeriods
{
    /// <summary>The month of the n-th BuT Stichtag of a year (1 → January, 2 → April, 3 → July, 4 → October).</summary>
    public static int StichtagMonth(int number) => number switch
    {
        >= 1 and <= 4 => (number - 1) * 3 + 1,
        _ => throw new ReportInputException("Der Stichtag muss 1 (15.01.), 2 (15.04.), 3 (15.07.) oder 4 (15.10.) sein."),
    };

    public static void CheckQuarter(int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ReportInputException("Das Quartal muss zwischen 1 und 4 liegen.");
        }
    }

    public static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new ReportInputException("Das Jahr muss zwischen 2000 und 2100 liegen.");
        }
    }
}

/// <summary>Bad report parameters; the message is German and shown as is.</summary>
public sealed class ReportInputException(string message) : Exception(message);
