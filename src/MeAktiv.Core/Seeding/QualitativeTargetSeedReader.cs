using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Reads <c>qualitative-targets.csv</c>: the duties and milestones of the Zielvereinbarung (Pflichten und
/// Meilensteine), checked with the same field rules as the maintenance (<see cref="QualitativeTargetRules"/>).
/// Lines of units the database does not have are left out.
/// </summary>
internal static class QualitativeTargetSeedReader
{
    public const string File = "qualitative-targets.csv";

    public static IReadOnlyList<QualitativeTarget> Read(string folder, IReadOnlyDictionary<string, OrgUnit> units, string user, DateTime at)
    {
        var rows = SeedCsv.Read(Path.Combine(folder, File),
            "Code", "Year", "Unit", "Title", "Description", "Owner", "DueDate", "Status", "Evidence", "Source");
        var result = new List<QualitativeTarget>();
        foreach (var row in rows)
        {
            var code = row.Code("Code");
            if (result.Any(q => q.Code == code))
            {
                throw row.Error($"Der Code '{code}' kommt doppelt vor.");
            }

            if (!units.TryGetValue(row.Code("Unit"), out var unit))
            {
                continue;
            }

            var target = new QualitativeTarget
            {
                Code = code,
                Year = row.Int("Year"),
                OrgUnitId = unit.Id,
                Title = row.Text("Title"),
                Description = row.OptionalText("Description"),
                Owner = row.Text("Owner"),
                DueDate = row.Date("DueDate"),
                Status = row.Enum<DutyStatus>("Status"),
                Evidence = row.OptionalText("Evidence"),
                Source = row.OptionalText("Source"),
                UpdatedBy = user,
                UpdatedAt = at,
            };
            if (QualitativeTargetRules.Problems(target.Year, target.Title, target.Description, target.Owner, target.DueDate,
                    target.Evidence, target.Source).FirstOrDefault() is { Message: { } problem })
            {
                throw row.Error(problem);
            }

            result.Add(target);
        }

        return result;
    }
}
