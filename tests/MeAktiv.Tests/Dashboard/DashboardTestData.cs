using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Tests.Dashboard;

/// <summary>
/// A small hand-computed organisation for the dashboard tests (docs/kennzahlen.md, "Beitrag zur Abweichung"):
/// JC (1) → site GS-A (2) → teams T-A (3) and T-B (4); K2 with target 21,4 % at the JC, 2015, months Jan 2014..Mar 2015.
/// T-A: eLb 1000 every month, integrations 20, 25, 30 (2014: 10 a month); T-B: eLb 500 every month, integrations 5 a month.
/// Both teams owe K2 from 2014-01 (reporting duties); the month states are given by the test (none: nothing submitted).
/// The window's rows are the figures that count.
/// </summary>
internal static class DashboardTestData
{
    public static readonly Indicator K2 = new()
    {
        Id = 1,
        Code = "K2",
        Name = "Integrationsquote",
        Unit = IndicatorUnit.Prozent,
        Direction = Direction.HigherIsBetter,
        Formula = FormulaKind.IntegrationRate,
        EntryLevels = EntryLevels.Team,
        Category = TargetCategory.BaZiel,
        Components =
        {
            new IndicatorComponent { Id = 1, Code = "INT", Name = "Integrationen", Kind = ComponentKind.Count, Role = ComponentRole.Numerator, SortOrder = 1 },
            new IndicatorComponent { Id = 2, Code = "ELB", Name = "eLb-Bestand", Kind = ComponentKind.Stock, Role = ComponentRole.Denominator, SortOrder = 2 },
        },
    };

    public static DashboardData Build(IReadOnlyList<UnitMonthState>? states = null)
    {
        DashboardUnit[] units =
        [
            new(1, "JC", "Jobcenter", OrgUnitKind.Jobcenter, null, new DateOnly(2005, 1, 1), null),
            new(2, "GS-A", "Geschäftsstelle A", OrgUnitKind.Geschaeftsstelle, 1, new DateOnly(2005, 1, 1), null),
            new(3, "T-A", "Team A", OrgUnitKind.Team, 2, new DateOnly(2005, 1, 1), null),
            new(4, "T-B", "Team B", OrgUnitKind.Team, 2, new DateOnly(2005, 1, 1), null),
        ];
        var target = Target();
        ReportingDuty[] duties =
        [
            new() { OrgUnitId = 3, IndicatorId = K2.Id, From = new YearMonth(2014, 1) },
            new() { OrgUnitId = 4, IndicatorId = K2.Id, From = new YearMonth(2014, 1) },
        ];
        return new DashboardData(2015, units, [K2], [target], Stand(units, duties, states ?? []), new FigureWindow(Rows()));
    }

    /// <summary>The K2 figures of T-A (3) and T-B (4) described above; <paramref name="add"/> may add more.</summary>
    public static List<FigureRow> Rows(Action<Action<int, string, int, int, decimal>>? add = null)
    {
        var rows = new List<FigureRow>();
        void Add(int unit, string component, int year, int month, decimal value) =>
            rows.Add(new FigureRow(unit, "K2", component, year, month, value, IsDemo: false));
        add?.Invoke(Add);
        for (var m = 1; m <= 12; m++)
        {
            Add(3, "ELB", 2014, m, 1000);
            Add(4, "ELB", 2014, m, 500);
            Add(3, "INT", 2014, m, 10);
            Add(4, "INT", 2014, m, 5);
        }

        decimal[] intA = [20, 25, 30];
        for (var m = 1; m <= 3; m++)
        {
            Add(3, "ELB", 2015, m, 1000);
            Add(4, "ELB", 2015, m, 500);
            Add(3, "INT", 2015, m, intA[m - 1]);
            Add(4, "INT", 2015, m, 5);
        }

        return rows;
    }

    /// <summary>The Jobcenter's K2 target of 2015: 21,4 % (vorläufig).</summary>
    public static LoadedTarget Target() =>
        new(1, 1, [new TargetVersionInfo(1, 21.4m, TargetStatus.Vorlaeufig, new DateOnly(2015, 1, 15), null, "seed", DateTime.UtcNow)]);

    /// <summary>The Datenstand of the dashboard units.</summary>
    public static Datenstand Stand(IReadOnlyList<DashboardUnit> units, IReadOnlyList<ReportingDuty> duties, IReadOnlyList<UnitMonthState> states) =>
        new(units.Select(u => new OrgUnit
        {
            Id = u.Id, Code = u.Code, Name = u.Name, Kind = u.Kind, ParentId = u.ParentId, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo,
        }).ToList(), duties, states);
}
