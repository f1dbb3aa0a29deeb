using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>The reference data of the seed folder as a new, linked entity graph (nothing tracked yet).</summary>
internal sealed record ReferenceData(
    IReadOnlyList<City> Cities,
    IReadOnlyList<OrgUnit> OrgUnits,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Target> Targets)
{
    public int CityAssignments => OrgUnits.Sum(u => u.Cities.Count);

    public int TargetVersions => Targets.Sum(t => t.Versions.Count);
}

/// <summary>
/// Reads cities.csv, org-units.csv, org-unit-cities.csv, indicators.csv, indicator-components.csv and targets.csv.
/// Without demo data, org units marked <c>Demo=1</c> (Bereiche, teams) are left out and a unit whose parent was left
/// out hangs below the nearest loaded ancestor (production: the Geschäftsstellen directly below the Jobcenter).
/// </summary>
internal static class ReferenceDataReader
{
    public const string CitiesFile = "cities.csv";
    public const string OrgUnitsFile = "org-units.csv";
    public const string OrgUnitCitiesFile = "org-unit-cities.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string ComponentsFile = "indicator-components.csv";
    public const string TargetsFile = "targets.csv";

    public static ReferenceData Read(string folder, bool demo, string createdBy, DateTime createdAt)
    {
        var cities = ReadCities(folder);
        var units = ReadOrgUnits(folder, demo);
        ReadCityAssignments(folder, units, cities);
        var indicators = ReadIndicators(folder);
        var targets = ReadTargets(folder, units, indicators, createdBy, createdAt);
        return new ReferenceData(
            [.. cities.Values],
            [.. units.Values.OfType<OrgUnit>()],
            [.. indicators.Values],
            targets);
    }

    private static Dictionary<string, City> ReadCities(string folder)
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
    private static Dictionary<string, OrgUnit?> ReadOrgUnits(string folder, bool demo)
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

    private static void ReadCityAssignments(
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

    private static Dictionary<string, Indicator> ReadIndicators(string folder)
    {
        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var rows = SeedCsv.Read(Path.Combine(folder, IndicatorsFile), "Code", "Name", "Unit", "Direction", "Formula",
            "EntryLevels", "Category", "Traeger", "SortOrder", "GreenFrom", "YellowFrom", "Description");
        foreach (var row in rows)
        {
            var indicator = new Indicator
            {
                Code = row.Code("Code"),
                Name = row.Text("Name"),
                Unit = row.Enum<IndicatorUnit>("Unit"),
                Direction = row.Enum<Direction>("Direction"),
                Formula = row.Enum<FormulaKind>("Formula"),
                EntryLevels = row.Enum<EntryLevels>("EntryLevels"),
                Category = row.Enum<TargetCategory>("Category"),
                Traeger = row.Enum<Traeger>("Traeger"),
                SortOrder = row.Int("SortOrder"),
                Description = row.OptionalText("Description"),
            };
            indicator.GreenFrom = row.OptionalDecimal("GreenFrom") ?? indicator.GreenFrom;
            indicator.YellowFrom = row.OptionalDecimal("YellowFrom") ?? indicator.YellowFrom;
            if (indicator.EntryLevels == EntryLevels.None)
            {
                throw row.Error("EntryLevels darf nicht None sein.");
            }

            if (indicator.YellowFrom > indicator.GreenFrom)
            {
                throw row.Error("YellowFrom ist größer als GreenFrom.");
            }

            if (!indicators.TryAdd(indicator.Code, indicator))
            {
                throw row.Error($"Die Kennzahl '{indicator.Code}' kommt doppelt vor.");
            }
        }

        var componentRows = SeedCsv.Read(Path.Combine(folder, ComponentsFile),
            "Indicator", "Code", "Name", "Kind", "Role", "SortOrder");
        foreach (var row in componentRows)
        {
            var code = row.Code("Indicator");
            if (!indicators.TryGetValue(code, out var indicator))
            {
                throw row.Error($"Die Kennzahl '{code}' ist in {IndicatorsFile} nicht definiert.");
            }

            var component = new IndicatorComponent
            {
                Code = row.Code("Code"),
                Name = row.Text("Name"),
                Kind = row.Enum<ComponentKind>("Kind"),
                Role = row.Enum<ComponentRole>("Role"),
                SortOrder = row.Int("SortOrder"),
            };
            if (indicator.Components.Any(c => c.Code == component.Code))
            {
                throw row.Error($"Die Komponente '{component.Code}' der Kennzahl '{code}' kommt doppelt vor.");
            }

            indicator.Components.Add(component);
        }

        var withoutComponents = indicators.Values.Where(i => i.Components.Count == 0).Select(i => i.Code).ToList();
        if (withoutComponents.Count > 0)
        {
            throw new SeedFormatException(Path.Combine(folder, ComponentsFile), 0,
                $"Kennzahl(en) ohne Komponente: {string.Join(", ", withoutComponents)}.");
        }

        return indicators;
    }

    private static List<Target> ReadTargets(
        string folder,
        Dictionary<string, OrgUnit?> units,
        Dictionary<string, Indicator> indicators,
        string createdBy,
        DateTime createdAt)
    {
        var targets = new Dictionary<(int, string, string), Target>();
        var rows = SeedCsv.Read(Path.Combine(folder, TargetsFile),
            "Year", "Unit", "Indicator", "Version", "Value", "Status", "DecidedOn", "Note");
        foreach (var row in rows)
        {
            var year = row.Int("Year");
            var unitCode = row.Code("Unit");
            var indicatorCode = row.Code("Indicator");
            if (year is < 2000 or > 2100)
            {
                throw row.Error($"Das Jahr {year} ist ungültig.");
            }

            if (!units.TryGetValue(unitCode, out var unit))
            {
                throw row.Error($"Die Einheit '{unitCode}' ist in {OrgUnitsFile} nicht definiert.");
            }

            if (!indicators.TryGetValue(indicatorCode, out var indicator))
            {
                throw row.Error($"Die Kennzahl '{indicatorCode}' ist in {IndicatorsFile} nicht definiert.");
            }

            if (unit is null)
            {
                continue; // target of a demo unit, not loaded without demo data
            }

            var key = (year, unitCode, indicatorCode);
            if (!targets.TryGetValue(key, out var target))
            {
                target = new Target { Year = year, OrgUnit = unit, Indicator = indicator };
                targets.Add(key, target);
            }

            var version = new TargetVersion
            {
                Number = row.Int("Version"),
                Value = row.OptionalDecimal("Value"),
                Status = row.Enum<TargetStatus>("Status"),
                DecidedOn = row.Date("DecidedOn"),
                Note = row.OptionalText("Note"),
                CreatedBy = createdBy,
                CreatedAt = createdAt,
            };
            if (version.Number < 1 || target.Versions.Any(v => v.Number == version.Number))
            {
                throw row.Error($"Die Version {version.Number} ist ungültig oder kommt für {indicatorCode} {year} doppelt vor.");
            }

            target.Versions.Add(version);
        }

        return [.. targets.Values];
    }
}
