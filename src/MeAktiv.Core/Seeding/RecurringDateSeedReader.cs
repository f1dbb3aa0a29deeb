using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>A recurring meeting of <c>recurring-dates.csv</c> with the code of its unit (resolved by the importer).</summary>
internal sealed record RecurringDateSeed(string UnitCode, RecurringDate Rule);

/// <summary>Reads <c>recurring-dates.csv</c>: the recurring meetings (Termine), e.g. the monthly Zielnachhaltungsgespräch
/// of each Geschäftsstelle. <c>EachKind</c> empty = the unit itself; <c>Weekday</c> only with <c>NthWeekday</c>.</summary>
internal static class RecurringDateSeedReader
{
    public const string File = "recurring-dates.csv";

    public static IReadOnlyList<RecurringDateSeed> Read(string folder)
    {
        var path = Path.Combine(folder, File);
        var rows = SeedCsv.Read(path, "Code", "Title", "Description", "Unit", "EachKind", "Pattern", "Day", "Weekday", "From", "To",
            "Audience", "Source");
        var result = new List<RecurringDateSeed>();
        foreach (var row in rows)
        {
            var pattern = row.Enum<RecurrencePattern>("Pattern");
            result.Add(new RecurringDateSeed(row.Code("Unit"), new RecurringDate
            {
                Code = FixedDateSeedReader.UniqueCode(row, result.Select(r => r.Rule.Code)),
                Title = row.Text("Title"),
                Description = row.OptionalText("Description"),
                EachKind = row.OptionalText("EachKind") is null ? null : row.Enum<OrgUnitKind>("EachKind"),
                Pattern = pattern,
                Day = row.Int("Day"),
                Weekday = pattern == RecurrencePattern.NthWeekday ? row.Enum<DayOfWeek>("Weekday") : null,
                From = row.Date("From"),
                To = row.OptionalDate("To"),
                Audience = FixedDateSeedReader.Audience(row),
                Source = row.OptionalText("Source"),
            }));
        }

        return result;
    }
}
