using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads <c>fixed-dates.csv</c>: the fixed dates of the Zielvereinbarung and the Planungsdokument (Termine);
/// <c>Yearly</c> 1 = recurs every year (the year rollover copies it).</summary>
internal static class FixedDateSeedReader
{
    public const string File = "fixed-dates.csv";

    public static IReadOnlyList<FixedDate> Read(string folder)
    {
        var rows = SeedCsv.Read(Path.Combine(folder, File), "Code", "Date", "Title", "Description", "Audience", "Source", "Yearly");
        var result = new List<FixedDate>();
        foreach (var row in rows)
        {
            var audience = Audience(row);
            var code = UniqueCode(row, result.Select(d => d.Code));

            result.Add(new FixedDate
            {
                Code = code,
                Date = row.Date("Date"),
                Title = row.Text("Title"),
                Description = row.OptionalText("Description"),
                Audience = audience,
                Source = row.OptionalText("Source"),
                Yearly = row.Flag("Yearly"),
            });
        }

        return result;
    }

    /// <summary>The roles of the 'Audience' column (known role names, comma-separated), joined again.</summary>
    public static string Audience(SeedCsvRow row)
    {
        var audience = row.Text("Audience").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (audience.Length == 0 || audience.Any(a => !Roles.All.Contains(a)))
        {
            throw row.Error($"Unbekannte Rolle in 'Audience' (erlaubt: {string.Join(", ", Roles.All)}).");
        }

        return string.Join(",", audience);
    }

    /// <summary>The row's 'Code', refused when an earlier row has it.</summary>
    public static string UniqueCode(SeedCsvRow row, IEnumerable<string> earlier)
    {
        var code = row.Code("Code");
        return earlier.Contains(code) ? throw row.Error($"Der Code '{code}' kommt doppelt vor.") : code;
    }
}
