using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Reads <c>reporting-duties.csv</c> (<c>Unit;Indicator;Component;From;To</c>): which unit owes which indicator (or one
/// of its components) from which month to which month. Each line is checked against the stored master data: the unit
/// exists, the indicator exists and is entered at the unit's level, the component belongs to it, <c>To</c> is not
/// before <c>From</c>, and no two lines of the same unit, indicator and component overlap. Lines of a unit of
/// org-units.csv that is not in the database (a demo unit when the demo organisation is not loaded) are left out.
/// </summary>
internal static class ReportingDutySeedReader
{
    public const string File = "reporting-duties.csv";

    public static List<ReportingDuty> Read(string folder, IReadOnlyDictionary<string, OrgUnit> units,
        IReadOnlyDictionary<string, Indicator> indicators)
    {
        var defined = OrganisationSeedReader.ReadOrgUnits(folder, demo: true).Keys.ToHashSet(StringComparer.Ordinal);
        var duties = new List<ReportingDuty>();
        foreach (var row in SeedCsv.Read(Path.Combine(folder, File), "Unit", "Indicator", "Component", "From", "To"))
        {
            if (Parse(row, units, indicators, defined) is not { } duty)
            {
                continue;
            }

            if (duties.Any(d => d.OrgUnitId == duty.OrgUnitId && d.IndicatorId == duty.IndicatorId
                    && d.ComponentId == duty.ComponentId && Overlap(d, duty)))
            {
                throw row.Error($"Die Meldepflicht {row.Text("Unit")}/{row.Text("Indicator")} {row.OptionalText("Component")} " +
                                "überschneidet sich mit einer früheren Zeile.");
            }

            duties.Add(duty);
        }

        return duties;
    }

    private static ReportingDuty? Parse(SeedCsvRow row, IReadOnlyDictionary<string, OrgUnit> units,
        IReadOnlyDictionary<string, Indicator> indicators, HashSet<string> defined)
    {
        var unitCode = row.Code("Unit");
        var indicatorCode = row.Code("Indicator");
        if (!indicators.TryGetValue(indicatorCode, out var indicator))
        {
            throw row.Error($"Die Kennzahl '{indicatorCode}' gibt es nicht.");
        }

        if (!units.TryGetValue(unitCode, out var unit))
        {
            return defined.Contains(unitCode)
                ? null
                : throw row.Error($"Die Einheit '{unitCode}' gibt es nicht (weder in der Datenbank noch in {ReferenceDataReader.OrgUnitsFile}).");
        }

        if (!indicator.IsEnteredAt(unit))
        {
            throw row.Error($"Die Kennzahl '{indicatorCode}' wird nicht auf der Ebene {unit.Kind} erfasst ({indicator.EntryLevels}).");
        }

        var componentCode = row.OptionalText("Component") is null ? null : row.Code("Component");
        var component = componentCode is null
            ? null
            : indicator.Components.FirstOrDefault(c => c.Code == componentCode)
              ?? throw row.Error($"Die Kennzahl '{indicatorCode}' hat keine Komponente '{componentCode}'.");
        var from = Month(row, "From");
        var to = row.OptionalText("To") is null ? (YearMonth?)null : Month(row, "To");
        if (to is { } end && end.CompareTo(from) < 0)
        {
            throw row.Error($"'To' ({end}) liegt vor 'From' ({from}).");
        }

        return new ReportingDuty
        {
            OrgUnitId = unit.Id, IndicatorId = indicator.Id, ComponentId = component?.Id, From = from, To = to,
        };
    }

    private static YearMonth Month(SeedCsvRow row, string column)
    {
        var (year, month) = row.Month(column);
        return new YearMonth(year, month);
    }

    private static bool Overlap(ReportingDuty a, ReportingDuty b) =>
        (a.To is not { } aTo || b.From.CompareTo(aTo) <= 0) && (b.To is not { } bTo || a.From.CompareTo(bTo) <= 0);
}
