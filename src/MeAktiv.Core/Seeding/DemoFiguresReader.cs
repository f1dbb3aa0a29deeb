using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Reads demo/figures.csv (the import format of api.md: <c>Monat;Einheit;Kennzahl;Komponente;Wert</c>) into
/// <see cref="MonthlyValue"/> rows marked as demo. Every line is checked against the loaded master data: the unit
/// exists in that month, the indicator is entered at the unit's level, the component belongs to the indicator,
/// counts are whole numbers, no figure is negative, above its bound (<see cref="ComponentLimits"/>) or given twice, and
/// no part ("davon") is larger than its whole of the same unit and month — the hard rules of the figures' rule set.
/// </summary>
internal static class DemoFiguresReader
{
    public const string FiguresFile = "demo/figures.csv";

    public static List<MonthlyValue> Read(
        string folder,
        IReadOnlyDictionary<string, OrgUnit> units,
        IReadOnlyDictionary<string, Indicator> indicators,
        string updatedBy,
        DateTime updatedAt)
    {
        var path = Path.Combine(folder, FiguresFile);
        var rows = SeedCsv.Read(path, "Monat", "Einheit", "Kennzahl", "Komponente", "Wert");
        var values = new List<MonthlyValue>(rows.Count);
        var seen = new Dictionary<(int, int, int, int), decimal>();
        var parts = new List<(SeedCsvRow Row, IndicatorComponent Part, MonthlyValue Value)>();
        foreach (var row in rows)
        {
            var (year, month) = row.Month("Monat");
            var unitCode = row.Code("Einheit");
            var indicatorCode = row.Code("Kennzahl");
            var componentCode = row.Code("Komponente");
            var value = row.Decimal("Wert");

            if (!units.TryGetValue(unitCode, out var unit))
            {
                throw row.Error($"Die Einheit '{unitCode}' gibt es nicht.");
            }

            if (!unit.ExistsIn(year, month))
            {
                throw row.Error($"Die Einheit '{unitCode}' besteht im Monat {year:D4}-{month:D2} nicht.");
            }

            if (!indicators.TryGetValue(indicatorCode, out var indicator))
            {
                throw row.Error($"Die Kennzahl '{indicatorCode}' gibt es nicht.");
            }

            if (!indicator.EntryLevels.HasFlag(LevelOf(unit.Kind)))
            {
                throw row.Error($"Die Kennzahl '{indicatorCode}' wird nicht auf der Ebene {unit.Kind} erfasst ({indicator.EntryLevels}).");
            }

            var component = indicator.Components.FirstOrDefault(c => c.Code == componentCode)
                ?? throw row.Error($"Die Kennzahl '{indicatorCode}' hat keine Komponente '{componentCode}'.");

            if (value < 0)
            {
                throw row.Error($"Der Wert {value} ist negativ.");
            }

            if (component.Kind is ComponentKind.Count or ComponentKind.Stock && value != decimal.Truncate(value))
            {
                throw row.Error($"Der Wert {value} von '{componentCode}' muss eine ganze Zahl sein.");
            }

            if (component.Kind == ComponentKind.Percent && value > 100)
            {
                throw row.Error($"Der Prozentwert {value} ist größer als 100.");
            }

            if (value > ComponentLimits.MaxValue(component))
            {
                throw row.Error($"Der Wert {value} von '{componentCode}' liegt über der Obergrenze {ComponentLimits.MaxValue(component)}.");
            }

            if (!seen.TryAdd((unit.Id, component.Id, year, month), value))
            {
                throw row.Error($"Der Wert für {unitCode}/{indicatorCode}/{componentCode} im Monat {year:D4}-{month:D2} kommt doppelt vor.");
            }

            var figure = new MonthlyValue
            {
                OrgUnitId = unit.Id,
                ComponentId = component.Id,
                Year = year,
                Month = month,
                Value = value,
                IsDemo = true,
                UpdatedBy = updatedBy,
                UpdatedAt = updatedAt,
            };
            values.Add(figure);
            if (component.PartOfId is not null)
            {
                parts.Add((row, component, figure));
            }
        }

        foreach (var (row, part, v) in parts)
        {
            if (seen.TryGetValue((v.OrgUnitId, part.PartOfId!.Value, v.Year, v.Month), out var whole) && v.Value > whole)
            {
                throw row.Error($"'{part.Code}' ({v.Value}) ist größer als das Ganze ({whole}) derselben Einheit und desselben Monats.");
            }
        }

        return values;
    }

    private static EntryLevels LevelOf(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Jobcenter => EntryLevels.Jobcenter,
        OrgUnitKind.Bereich => EntryLevels.Bereich,
        OrgUnitKind.Geschaeftsstelle => EntryLevels.Geschaeftsstelle,
        _ => EntryLevels.Team,
    };
}
