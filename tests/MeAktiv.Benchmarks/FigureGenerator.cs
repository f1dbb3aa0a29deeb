using MeAktiv.Core.Domain;

namespace MeAktiv.Benchmarks;

/// <summary>One generated monthly figure.</summary>
internal readonly record struct GeneratedFigure(int UnitId, int ComponentId, int Year, int Month, decimal Value);

/// <summary>
/// Invented figures of realistic size and magnitude (not the Jobcenter's): every month of the period, every
/// component of every indicator, for every unit of the indicator's entry level that exists in that month
/// (<see cref="EntryLevels.Team"/> → each team, <see cref="EntryLevels.Jobcenter"/> → JC). Magnitudes follow
/// seeds/tools/generate_demo_figures.py roughly: Jobcenter totals per month, split over the teams by the site's share
/// of the eLb and the team kind. Deterministic (fixed random seed). Exact values do not matter here; size does.
/// </summary>
internal static class FigureGenerator
{
    /// <summary>Jobcenter total per month of each component (indicator code, component code).</summary>
    private static readonly Dictionary<(string Indicator, string Component), double> MonthlyTotal = new()
    {
        [("K2", "INT")] = 470,
        [("K2", "ELB")] = 26_000,
        [("K3", "LZB")] = 17_700,
        [("K1", "LLU")] = 7_360_000,
        [("U25", "ALQ")] = 5.3,
        [("EQ", "AUS")] = 10,
        [("EQ", "SVB")] = 4.2,
        [("BAMF", "BEL")] = 95,
        [("BAMF", "VERF")] = 100,
        [("KDU", "KDU")] = 5_960_000,
        [("BZ", "BST")] = 11_600,
        [("BZ", "AST")] = 20_000,
        [("KD", "KON")] = 4_400,
        [("KD", "KUN")] = 25_000,
        [("KDS", "KON")] = 5_000,
        [("KDS", "KUN")] = 9_900,
        [("LZAI", "INT")] = 105,
        [("ESF", "EIN")] = 12,
        [("AQ", "EIN")] = 10,
        [("PINT", "INT")] = 22,
        [("BSU25", "KUN")] = 4_700,
        [("BSU25", "VZA")] = 55,
        [("NH", "BES")] = 280,
        [("NH", "INT")] = 470,
        [("PI", "PI")] = 99,
    };

    /// <summary>Share of the Jobcenter's customers by site (code prefix of the team), as in the demo generator.</summary>
    private static readonly Dictionary<string, double> SiteShare = new()
    {
        ["MET"] = 0.14, ["ERK"] = 0.08, ["VEL"] = 0.22, ["HIL"] = 0.17, ["LAN"] = 0.20, ["RAT"] = 0.19,
    };

    private static readonly double[] Season = [0.80, 0.95, 1.10, 1.12, 1.05, 1.00, 1.00, 1.05, 1.15, 1.10, 0.98, 0.70];

    public static List<GeneratedFigure> Generate(
        IReadOnlyList<OrgUnit> units, IReadOnlyList<Indicator> indicators, DateOnly from, DateOnly to)
    {
        var rng = new Random(20150115);
        var figures = new List<GeneratedFigure>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var existing = units.Where(u => u.ExistsIn(month.Year, month.Month)).ToList();
            var teamWeights = TeamWeights(existing.Where(u => u.Kind == OrgUnitKind.Team));
            // a slow trend over the ten years: about 1,5 % a year fewer customers before 2015
            var trend = 1.0 - (0.015 * (2015 - month.Year));
            // Stadtscharf report figures (per city, by the serving Geschäftsstelle) are not generated: the data set
            // stays the 17 steering indicators it was measured with.
            foreach (var indicator in indicators.Where(i => i.Category != TargetCategory.Stadtbericht))
            {
                foreach (var unit in existing.Where(u => indicator.EntryLevels.HasFlag(LevelOf(u.Kind))))
                {
                    var weight = unit.Kind == OrgUnitKind.Team ? teamWeights[unit.Id] : 1.0;
                    foreach (var component in indicator.Components)
                    {
                        var total = MonthlyTotal.GetValueOrDefault((indicator.Code, component.Code), 100);
                        var flow = component.Kind is ComponentKind.Count or ComponentKind.Amount or ComponentKind.Hours;
                        var raw = total * weight * (flow ? trend * Season[month.Month - 1] : trend)
                                  * (1 + (0.03 * Gauss(rng)));
                        figures.Add(new GeneratedFigure(unit.Id, component.Id, month.Year, month.Month,
                            Round(component.Kind, raw, rng)));
                    }
                }
            }
        }

        return figures;
    }

    private static Dictionary<int, double> TeamWeights(IEnumerable<OrgUnit> teams)
    {
        var raw = teams.ToDictionary(t => t.Id, t =>
            SiteShare.GetValueOrDefault(t.Code.Split('-')[0], 0.15) * (t.TeamKind switch
            {
                "Markt & Integration" or "Leistung" => 1.0,
                "U25" => 0.4,
                "Joboffensive" => 0.25,
                "gemeinsamer Arbeitgeberservice" => 0.1,
                _ => 0.15, // the projects
            }));
        var sum = raw.Values.Sum();
        return raw.ToDictionary(e => e.Key, e => e.Value / sum);
    }

    private static EntryLevels LevelOf(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Jobcenter => EntryLevels.Jobcenter,
        OrgUnitKind.Bereich => EntryLevels.Bereich,
        OrgUnitKind.Geschaeftsstelle => EntryLevels.Geschaeftsstelle,
        _ => EntryLevels.Team,
    };

    /// <summary>Whole numbers for counts and stocks (rounded at random so small flows keep their mean), two decimals for
    /// EUR, one for hours, FTE and percentages (at most 100).</summary>
    private static decimal Round(ComponentKind kind, double value, Random rng)
    {
        value = Math.Max(0, value);
        return kind switch
        {
            ComponentKind.Count or ComponentKind.Stock => (decimal)Math.Floor(value + rng.NextDouble()),
            ComponentKind.Amount => Math.Round((decimal)value, 2),
            ComponentKind.Percent => Math.Min(100m, Math.Round((decimal)value, 1)),
            _ => Math.Round((decimal)value, 1),
        };
    }

    private static double Gauss(Random rng) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2.0 * Math.PI * rng.NextDouble());
}
