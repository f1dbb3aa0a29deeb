using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using static MeAktiv.Core.Seeding.ReferenceDataReader;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Reads targets.csv (target versions at the units and indicators read before) and target-baselines.csv (the
/// baseline, its source and the agreed change of a version) into the inputs of <see cref="TargetMaintenanceService"/>,
/// in file order: the seed goes through the same rules as the pages. Each input carries the number of the version
/// before it, so the service gives every version the number of the file (numbers must follow each other).
/// </summary>
internal static class TargetSeedReader
{
    internal static List<TargetInput> ReadTargets(string folder, Dictionary<string, OrgUnit?> units, Dictionary<string, Indicator> indicators)
    {
        var baselines = ReadBaselines(folder);
        var inputs = new List<TargetInput>();
        var rows = SeedCsv.Read(Path.Combine(folder, TargetsFile),
            "Year", "Unit", "Indicator", "Version", "Value", "Status", "DecidedOn", "Note", "PeriodFrom", "PeriodTo");
        foreach (var row in rows)
        {
            var (year, unitCode, indicatorCode) = Key(row);
            if (!units.TryGetValue(unitCode, out var unit))
            {
                throw row.Error($"Die Einheit '{unitCode}' ist in {OrgUnitsFile} nicht definiert.");
            }

            if (!indicators.ContainsKey(indicatorCode))
            {
                throw row.Error($"Die Kennzahl '{indicatorCode}' ist in {IndicatorsFile} nicht definiert.");
            }

            var number = row.Int("Version");
            if (number < 1)
            {
                throw row.Error($"Die Version {number} ist ungültig.");
            }

            baselines.Remove((year, unitCode, indicatorCode, number), out var baseline);
            if (unit is null)
            {
                continue; // target of a demo unit, not loaded without demo data
            }

            inputs.Add(new TargetInput(year, unitCode, indicatorCode, row.OptionalDecimal("Value"), row.Enum<TargetStatus>("Status"),
                row.Date("DecidedOn"), row.OptionalText("Note"), null, baseline.Baseline, baseline.Source, baseline.Change, number - 1)
            {
                PeriodFrom = MonthOf(row, "PeriodFrom"),
                PeriodTo = MonthOf(row, "PeriodTo"),
            });
        }

        if (baselines.Count > 0)
        {
            var ((y, u, i, v), _) = baselines.First();
            throw new SeedFormatException(Path.Combine(folder, TargetBaselinesFile), 0,
                $"Zum Ausgangswert von {i} {u} {y}, Version {v}, gibt es in {TargetsFile} keine Zielversion.");
        }

        return inputs;
    }

    private static Dictionary<(int, string, string, int), (decimal? Baseline, string? Source, decimal? Change)> ReadBaselines(string folder)
    {
        var result = new Dictionary<(int, string, string, int), (decimal?, string?, decimal?)>();
        foreach (var row in SeedCsv.Read(Path.Combine(folder, TargetBaselinesFile),
                     "Year", "Unit", "Indicator", "Version", "Baseline", "BaselineSource", "Change"))
        {
            var (year, unit, indicator) = Key(row);
            if (!result.TryAdd((year, unit, indicator, row.Int("Version")),
                    (row.Decimal("Baseline"), row.Text("BaselineSource"), row.OptionalDecimal("Change"))))
            {
                throw row.Error($"Der Ausgangswert von {indicator} {unit} {year} kommt für diese Version doppelt vor.");
            }
        }

        return result;
    }

    private static (int Year, string Unit, string Indicator) Key(SeedCsvRow row)
    {
        var year = row.Int("Year");
        return year is < 2000 or > 2100
            ? throw row.Error($"Das Jahr {year} ist ungültig.")
            : (year, row.Code("Unit"), row.Code("Indicator"));
    }

    /// <summary>An optional month <c>JJJJ-MM</c> as its first day (a target's period; empty: the calendar year).</summary>
    private static YearMonth? MonthOf(SeedCsvRow row, string column) =>
        row.OptionalText(column) is null ? null : new YearMonth(row.Month(column).Year, row.Month(column).Month);
}
