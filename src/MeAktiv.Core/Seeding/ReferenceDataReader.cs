using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Core.Seeding;

/// <summary>The reference data of the seed folder as a new, linked entity graph (nothing tracked yet).</summary>
internal sealed record ReferenceData(
    IReadOnlyList<City> Cities,
    IReadOnlyList<OrgUnit> OrgUnits,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<TargetInput> TargetVersions)
{
    public int CityAssignments => OrgUnits.Sum(u => u.Cities.Count);

    public int Targets => TargetVersions.Select(t => (t.Year, t.UnitCode, t.IndicatorCode)).Distinct().Count();
}

/// <summary>
/// Reads cities.csv, org-units.csv, org-unit-cities.csv, indicators.csv, indicator-components.csv, targets.csv and target-baselines.csv.
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
    public const string TargetBaselinesFile = "target-baselines.csv";

    public static ReferenceData Read(string folder, bool demo)
    {
        var cities = OrganisationSeedReader.ReadCities(folder);
        var units = OrganisationSeedReader.ReadOrgUnits(folder, demo);
        OrganisationSeedReader.ReadCityAssignments(folder, units, cities);
        var indicators = IndicatorSeedReader.ReadIndicators(folder);
        var targets = TargetSeedReader.ReadTargets(folder, units, indicators);
        return new ReferenceData(
            [.. cities.Values],
            [.. units.Values.OfType<OrgUnit>()],
            [.. indicators.Values],
            targets);
    }
}
