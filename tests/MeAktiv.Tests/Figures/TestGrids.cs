using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Tests.Figures;

/// <summary>
/// A June 2015 grid built in memory: K2 (Integrationen, eLb-Bestand) and K3 (LZB-Bestand) for VEL-MI and MET-JO,
/// with stored values, versions, last month's values and the derived values.
/// </summary>
public static class TestGrids
{
    private static readonly decimal[,] Values = { { 82, 30 }, { 4894, 1072 }, { 3573, 437 } };
    private static readonly decimal[,] Previous = { { 84, 32 }, { 4856, 1060 }, { 3575, 439 } };

    public static Guid Version(int row, int column) => new(row * 10 + column + 1, 0, 0, new byte[8]);

    public static FigureGrid TwoTeams(bool secondEditable = true, MonthState secondState = MonthState.Entwurf) => Build(
        new GridUnit(1, "VEL-MI", "Markt & Integration Velbert", MonthState.Entwurf, true, null, null, null, null),
        new GridUnit(2, "MET-JO", "Joboffensive Mettmann", secondState, secondEditable, null, null,
            secondState == MonthState.Abgeschlossen ? "bl@me-aktiv.example" : null,
            secondState == MonthState.Abgeschlossen ? new DateTime(2015, 7, 15, 9, 0, 0, DateTimeKind.Utc) : null));

    public static FigureGrid OneTeam(bool editable = true) =>
        Build(new GridUnit(1, "VEL-MI", "Markt & Integration Velbert", MonthState.Entwurf, editable, null, null, null, null));

    private static FigureGrid Build(params GridUnit[] units)
    {
        (string Indicator, string Name, string Component, string ComponentName, ComponentKind Kind, IndicatorUnit Unit, decimal Derived)[] rows =
        [
            ("K2", "Integrationsquote", "INT", "Integrationen", ComponentKind.Count, IndicatorUnit.Prozent, 9.6m),
            ("K2", "Integrationsquote", "ELB", "eLb-Bestand", ComponentKind.Stock, IndicatorUnit.Prozent, 9.6m),
            ("K3", "Bestand Langzeitleistungsbezieher", "LZB", "LZB-Bestand", ComponentKind.Stock, IndicatorUnit.Anzahl, 3563m),
        ];
        return new FigureGrid(2015, 6, units, rows.Select((r, i) => new GridRow(r.Indicator, r.Name, r.Component, r.ComponentName,
            r.Kind, r.Unit, units.Select((u, c) => (u, c)).ToDictionary(x => x.u.Code, x => new GridCell(Values[i, x.c],
                Version(i, x.c), "seed (Demo)", new DateTime(2015, 7, 8, 8, 0, 0, DateTimeKind.Utc), Previous[i, x.c],
                r.Derived + x.c)))).ToList());
    }
}
