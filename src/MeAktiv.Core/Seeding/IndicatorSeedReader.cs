using MeAktiv.Core.Domain;
using static MeAktiv.Core.Seeding.ReferenceDataReader;

namespace MeAktiv.Core.Seeding;

/// <summary>Reads indicators.csv and indicator-components.csv (with the part/whole pairs and the upper bounds).</summary>
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
            "Indicator", "Code", "Name", "Kind", "Role", "SortOrder", "PartOf", "MaxValue");
        var wholes = new List<(SeedCsvRow Row, Indicator Indicator, IndicatorComponent Part, string Whole)>();
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
                MaxValue = row.OptionalDecimal("MaxValue"),
            };
            if (indicator.Components.Any(c => c.Code == component.Code))
            {
                throw row.Error($"Die Komponente '{component.Code}' der Kennzahl '{code}' kommt doppelt vor.");
            }

            if (component.MaxValue <= 0)
            {
                throw row.Error("MaxValue muss größer als 0 sein (leer = Obergrenze der Art).");
            }

            if (row.OptionalText("PartOf") is not null)
            {
                wholes.Add((row, indicator, component, row.Code("PartOf")));
            }

            indicator.Components.Add(component);
        }

        foreach (var (row, indicator, part, code) in wholes)
        {
            part.PartOf = ResolveWhole(row, indicator, part, code);
            if (wholes.Any(w => w.Part == part.PartOf))
            {
                throw row.Error($"PartOf '{code}' ist selbst Teil einer Komponente: Teile von Teilen sind nicht vorgesehen.");
            }
        }

        var withoutComponents = indicators.Values.Where(i => i.Components.Count == 0).Select(i => i.Code).ToList();
        if (withoutComponents.Count > 0)
        {
            throw new SeedFormatException(Path.Combine(folder, ComponentsFile), 0,
                $"Kennzahl(en) ohne Komponente: {string.Join(", ", withoutComponents)}.");
        }

        return indicators;
    }

    /// <summary>The whole of a "davon" component: another component of the same indicator, of the same kind, itself no part.</summary>
    private static IndicatorComponent ResolveWhole(SeedCsvRow row, Indicator indicator, IndicatorComponent part, string code)
    {
        var whole = indicator.Components.FirstOrDefault(c => c.Code == code)
            ?? throw row.Error($"PartOf '{code}' ist keine Komponente der Kennzahl '{indicator.Code}'.");
        if (whole == part)
        {
            throw row.Error($"Die Komponente '{part.Code}' kann nicht Teil von sich selbst sein.");
        }

        if (whole.Kind != part.Kind)
        {
            throw row.Error($"PartOf '{code}' hat die Art {whole.Kind}, '{part.Code}' die Art {part.Kind}: Teil und Ganzes brauchen dieselbe Art.");
        }

        return whole;
    }
}
