using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Reads <c>org-unit-successors.csv</c> (<c>Predecessor;Successor;Date;Share;Component</c>): the successor links of the
/// 2015 demo reorganisation (Erkrath → Mettmann 100 % on 2015-04-01; the U25 customers of the Markt-&amp;-Integration
/// teams into the two U25 teams on 2015-01-01, share empty = the stock moved). Lines naming a unit the database does
/// not have (demo units without the demo organisation) are left out; an unknown code of neither kind fails.
/// </summary>
internal static class OrgUnitSuccessorSeedReader
{
    public const string File = "org-unit-successors.csv";

    public static List<OrgUnitSuccessor> Read(string folder, IReadOnlyDictionary<string, OrgUnit> units,
        IReadOnlyDictionary<string, Indicator> indicators)
    {
        var path = Path.Combine(folder, File);
        if (!System.IO.File.Exists(path))
        {
            return [];
        }

        var defined = OrganisationSeedReader.ReadOrgUnits(folder, demo: true).Keys.ToHashSet(StringComparer.Ordinal);
        var links = new List<OrgUnitSuccessor>();
        foreach (var row in SeedCsv.Read(path, "Predecessor", "Successor", "Date", "Share", "Component"))
        {
            var predecessor = Unit(row, "Predecessor", units, defined);
            var successor = Unit(row, "Successor", units, defined);
            if (predecessor is null || successor is null)
            {
                continue;
            }

            int? componentId = null;
            if (row.OptionalText("Component") is { } name)
            {
                var parts = name.Split('/');
                componentId = (indicators.GetValueOrDefault(parts[0])?.Components.FirstOrDefault(c => c.Code == parts[^1])
                    ?? throw row.Error($"Die Komponente '{name}' gibt es nicht.")).Id;
            }

            var share = row.OptionalDecimal("Share");
            if (share is <= 0 or > 100)
            {
                throw row.Error("Der Anteil liegt über 0 und höchstens bei 100.");
            }

            links.Add(new OrgUnitSuccessor
            {
                PredecessorId = predecessor.Id, SuccessorId = successor.Id, Date = row.Date("Date"), Share = share,
                ComponentId = componentId,
            });
        }

        return links;
    }

    private static OrgUnit? Unit(SeedCsvRow row, string column, IReadOnlyDictionary<string, OrgUnit> units, HashSet<string> defined)
    {
        var code = row.Code(column);
        return units.TryGetValue(code, out var unit)
            ? unit
            : defined.Contains(code)
                ? null
                : throw row.Error($"Die Einheit '{code}' gibt es nicht (weder in der Datenbank noch in {ReferenceDataReader.OrgUnitsFile}).");
    }
}
