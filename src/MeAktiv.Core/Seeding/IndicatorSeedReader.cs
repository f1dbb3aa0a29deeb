using MeAktiv.Core.Domain;
using static MeAktiv.Core.Seeding.ReferenceDataReader;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads indicators.csv and indicator-components.csv.</summary>
internal static class IndicatorSeedReader
{
    internal static Dictionary<string, Indicator> ReadIndicators(string folder)
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
}
