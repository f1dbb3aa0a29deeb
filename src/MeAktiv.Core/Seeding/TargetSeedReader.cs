using MeAktiv.Core.Domain;
using static MeAktiv.Core.Seeding.ReferenceDataReader;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads targets.csv: target versions at the units and indicators read before.</summary>
internal static class TargetSeedReader
{
    internal static List<Target> ReadTargets(
        string folder,
        Dictionary<string, OrgUnit?> units,
        Dictionary<string, Indicator> indicators,
        string createdBy,
        DateTime createdAt)
    {
        var targets = new Dictionary<(int, string, string), Target>();
        var rows = SeedCsv.Read(Path.Combine(folder, TargetsFile),
            "Year", "Unit", "Indicator", "Version", "Value", "Status", "DecidedOn", "Note", "PeriodFrom", "PeriodTo");
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
                PeriodFrom = FirstOfMonth(row, "PeriodFrom"),
                PeriodTo = FirstOfMonth(row, "PeriodTo"),
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

    /// <summary>An optional month <c>JJJJ-MM</c> as its first day (a target's period; empty: the calendar year).</summary>
    private static DateOnly? FirstOfMonth(SeedCsvRow row, string column) =>
        row.OptionalText(column) is null ? null : new DateOnly(row.Month(column).Year, row.Month(column).Month, 1);
}
