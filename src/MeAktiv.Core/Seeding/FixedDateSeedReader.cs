using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads <c>fixed-dates.csv</c>: the fixed dates of the Zielvereinbarung (Termine).</summary>
internal static class FixedDateSeedReader
{
    public const string File = "fixed-dates.csv";

    public static IReadOnlyList<FixedDate> Read(string folder)
    {
        var rows = SeedCsv.Read(Path.Combine(folder, File), "Code", "Date", "Title", "Description", "Audience", "Source");
        var result = new List<FixedDate>();
        foreach (var row in rows)
        {
            var audience = row.Text("Audience").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (audience.Length == 0 || audience.FirstOrDefault(a => !Roles.All.Contains(a)) is { } unknown)
            {
                throw row.Error($"Unbekannte Rolle in 'Audience' (erlaubt: {string.Join(", ", Roles.All)}).");
            }

            var code = row.Code("Code");
            if (result.Any(d => d.Code == code))
            {
                throw row.Error($"Der Code '{code}' kommt doppelt vor.");
            }

            result.Add(new FixedDate
            {
                Code = code,
                Date = row.Date("Date"),
                Title = row.Text("Title"),
                Description = row.OptionalText("Description"),
                Audience = string.Join(",", audience),
                Source = row.OptionalText("Source"),
            });
        }

        return result;
    }
}
