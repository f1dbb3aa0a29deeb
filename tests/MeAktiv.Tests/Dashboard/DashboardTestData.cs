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
        var units = Units();
        ReportingDuty[] duties =
        [
            new() { OrgUnitId = 3, IndicatorId = K2.Id, From = new YearMonth(2014, 1) },
            new() { OrgUnitId = 4, IndicatorId = K2.Id, From = new YearMonth(2014, 1) },
        ];
        return new DashboardData(2015, new OrganisationData(units, [K2], [Target()], duties, new FigureWindow(Rows(), states: states)));
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
    public static Target Target()
    {
        var target = new Target { IndicatorId = K2.Id, OrgUnitId = 1, Year = 2015 };
        target.Versions.Add(new TargetVersion
        {
            Number = 1, Value = 21.4m, Status = TargetStatus.Vorlaeufig, DecidedOn = new DateOnly(2015, 1, 15), CreatedBy = "seed",
            CreatedAt = DateTime.UtcNow,
        });
        return target;
    }

    /// <summary>JC (1) → GS-A (2) → T-A (3), T-B (4), all existing since 2005.</summary>
    public static List<OrgUnit> Units() =>
    [
        Unit(1, "JC", "Jobcenter", OrgUnitKind.Jobcenter, null),
        Unit(2, "GS-A", "Geschäftsstelle A", OrgUnitKind.Geschaeftsstelle, 1),
        Unit(3, "T-A", "Team A", OrgUnitKind.Team, 2),
        Unit(4, "T-B", "Team B", OrgUnitKind.Team, 2),
    ];

    public static OrgUnit Unit(int id, string code, string name, OrgUnitKind kind, int? parent, DateOnly? validTo = null) =>
        new() { Id = id, Code = code, Name = name, Kind = kind, ParentId = parent, ValidFrom = new DateOnly(2005, 1, 1), ValidTo = validTo };
}
