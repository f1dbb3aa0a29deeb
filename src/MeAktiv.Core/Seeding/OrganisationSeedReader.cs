using MeAktiv.Core.Domain;
using static MeAktiv.Core.Seeding.ReferenceDataReader;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads cities.csv, org-units.csv and org-unit-cities.csv.</summary>
internal static class OrganisationSeedReader
{
    internal static Dictionary<string, City> ReadCities(string folder)
    {
        var cities = new Dictionary<string, City>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(Path.Combine(folder, CitiesFile), "Code", "Name"))
        {
            var city = new City { Code = row.Code("Code"), Name = row.Text("Name") };
            if (!cities.TryAdd(city.Code, city))
            {
                throw row.Error($"Die Stadt '{city.Code}' kommt doppelt vor.");
            }
        }

        return cities;
    }

    /// <summary>All codes of the file; the value is <c>null</c> for a demo unit left out.</summary>
    internal static Dictionary<string, OrgUnit?> ReadOrgUnits(string folder, bool demo)
    {
        var rows = SeedCsv.Read(Path.Combine(folder, OrgUnitsFile),
            "Code", "Name", "Kind", "Parent", "TeamKind", "ValidFrom", "ValidTo", "Demo");
        var units = new Dictionary<string, OrgUnit?>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Code("Code");
            var kind = row.Enum<OrgUnitKind>("Kind");
            var parent = row.OptionalText("Parent");
            if (kind == OrgUnitKind.Jobcenter ? parent is not null : parent is null)
            {
                throw row.Error(kind == OrgUnitKind.Jobcenter
                    ? "Der Jobcenter hat keine übergeordnete Einheit."
                    : "Die übergeordnete Einheit (Parent) fehlt.");
            }

            if (parent is not null && !units.ContainsKey(parent))
            {
                throw row.Error($"Die übergeordnete Einheit '{parent}' ist nicht weiter oben in der Datei definiert.");
            }

            var unit = new OrgUnit
            {
                Code = code,
                Name = row.Text("Name"),
                Kind = kind,
                TeamKind = row.OptionalText("TeamKind"),
                ValidFrom = row.Date("ValidFrom"),
                ValidTo = row.OptionalDate("ValidTo"),
                IsDemo = row.Flag("Demo"),
            };
            if (unit.ValidTo < unit.ValidFrom)
            {
                throw row.Error("ValidTo liegt vor ValidFrom.");
            }

            if (!units.TryAdd(code, demo || !unit.IsDemo ? unit : null))
            {
                throw row.Error($"Die Einheit '{code}' kommt doppelt vor.");
            }

            parentOf[code] = parent;
            if (units[code] is { } loaded)
            {
                loaded.Parent = NearestLoaded(parent, units, parentOf);
                if (loaded.Parent is not null && loaded.Parent.Kind >= loaded.Kind)
                {
                    throw row.Error($"Eine Einheit der Art {loaded.Kind} kann nicht unter '{loaded.Parent.Code}' ({loaded.Parent.Kind}) hängen.");
                }
            }
        }

        return units;
    }

    private static OrgUnit? NearestLoaded(
        string? code, Dictionary<string, OrgUnit?> units, Dictionary<string, string?> parentOf)
    {
        while (code is not null)
        {
            if (units[code] is { } unit)
            {
                return unit;
            }

            code = parentOf[code];
        }

        return null;
    }

    internal static void ReadCityAssignments(
        string folder, Dictionary<string, OrgUnit?> units, Dictionary<string, City> cities)
    {
        foreach (var row in SeedCsv.Read(Path.Combine(folder, OrgUnitCitiesFile), "Unit", "City", "ValidFrom", "ValidTo"))
        {
            var unitCode = row.Code("Unit");
            var cityCode = row.Code("City");
            if (!units.TryGetValue(unitCode, out var unit))
            {
                throw row.Error($"Die Einheit '{unitCode}' ist in {OrgUnitsFile} nicht definiert.");
            }

            if (!cities.TryGetValue(cityCode, out var city))
            {
                throw row.Error($"Die Stadt '{cityCode}' ist in {CitiesFile} nicht definiert.");
            }

            var assignment = new OrgUnitCity { City = city, ValidFrom = row.Date("ValidFrom"), ValidTo = row.OptionalDate("ValidTo") };
            if (assignment.ValidTo < assignment.ValidFrom)
            {
                throw row.Error("ValidTo liegt vor ValidFrom.");
            }

            unit?.Cities.Add(assignment);
        }
    }
}
