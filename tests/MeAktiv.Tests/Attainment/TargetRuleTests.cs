using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Tests.Dashboard;

namespace MeAktiv.Tests.Attainment;

/// <summary>
/// THE target rule (docs/kennzahlen.md, "Welches Ziel gilt für eine Einheit"), by hand: JC → GS-A → T-A, T-B, and a
/// new team T-C (no figures last year). Targets at the Jobcenter only: K2 21,4 % (a rate) and LZB 810 (annual average
/// of a stock). LZB 2014: T-A 600 a month, T-B 300 a month; 2015: T-A 620, T-B 310, T-C 50.
/// </summary>
public sealed class TargetRuleTests
{
    private static readonly Indicator Lzb = new()
    {
        Id = 2, Code = "K3", Name = "Langzeitleistungsbezieher", Unit = IndicatorUnit.Anzahl, Direction = Direction.LowerIsBetter,
        Formula = FormulaKind.AnnualAverage, EntryLevels = EntryLevels.Team, Category = TargetCategory.BaZiel,
        Components = { new IndicatorComponent { Id = 3, Code = "LZB", Name = "LZB", Kind = ComponentKind.Stock, Role = ComponentRole.Value, SortOrder = 1 } },
    };

    private static readonly Indicator AlqU25 = new()
    {
        Id = 3, Code = "ALQ", Name = "Arbeitslose U25", Unit = IndicatorUnit.Prozent, Direction = Direction.LowerIsBetter,
        Formula = FormulaKind.ChangeOfAverage, EntryLevels = EntryLevels.Jobcenter, Category = TargetCategory.LokalesZiel,
        Components = { new IndicatorComponent { Id = 4, Code = "ALO", Name = "ALO", Kind = ComponentKind.Stock, Role = ComponentRole.Value, SortOrder = 1 } },
    };

    private static readonly OrganisationData Data = Build();

    [Fact]
    public void A_unit_with_its_own_target_is_held_to_it()
    {
        var held = Data.TargetOf(DashboardTestData.K2, 1, 2015, 3)!;
        held.Origin.ShouldBe(TargetOrigin.Own);
        held.Annual.ShouldBe(21.4m);
        held.Source.ShouldBeNull();
    }

    [Fact]
    public void A_rate_holds_every_unit_below_to_the_same_value()
    {
        var held = Data.TargetOf(DashboardTestData.K2, 3, 2015, 3)!;
        held.Origin.ShouldBe(TargetOrigin.SameRate);
        held.Annual.ShouldBe(21.4m);
        held.HolderCode.ShouldBe("JC");
        held.Source.ShouldBe("Ziel von Jobcenter");
    }

    [Fact]
    public void A_level_target_is_split_by_last_years_level_of_the_same_months()
    {
        // March: B(T-A) = 3 · 600 = 1.800, B(JC) = 3 · 900 = 2.700 → 810 · 1.800 / 2.700 = 540; T-B: 810 · 900 / 2.700 = 270.
        Data.TargetOf(Lzb, 3, 2015, 3)!.Annual.ShouldBe(540m);
        Data.TargetOf(Lzb, 4, 2015, 3)!.Annual.ShouldBe(270m);
        Data.TargetOf(Lzb, 2, 2015, 3)!.Annual.ShouldBe(810m);
        Data.TargetOf(Lzb, 3, 2015, 3)!.Source.ShouldBe("Anteil am Ziel von Jobcenter nach dem Vorjahr");
        // The shares add up to the whole.
        (Data.TargetOf(Lzb, 3, 2015, 3)!.Annual + Data.TargetOf(Lzb, 4, 2015, 3)!.Annual).ShouldBe(810m);
    }

    [Fact]
    public void A_unit_without_last_years_level_gets_no_value()
    {
        var held = Data.TargetOf(Lzb, 5, 2015, 3)!;
        held.Origin.ShouldBe(TargetOrigin.NotSplittable);
        held.Annual.ShouldBeNull();
        held.Source.ShouldBe("Ziel von Jobcenter nicht aufteilbar (kein Vorjahreswert)");
    }

    [Fact]
    public void A_unit_is_not_held_to_an_indicator_nobody_at_or_below_it_enters()
    {
        Data.TargetOf(AlqU25, 1, 2015, 3)!.Origin.ShouldBe(TargetOrigin.Own);
        Data.TargetOf(AlqU25, 2, 2015, 3).ShouldBeNull();
        Data.TargetOf(AlqU25, 3, 2015, 3).ShouldBeNull();
    }

    [Fact]
    public void No_target_anywhere_above_means_none()
    {
        Data.TargetOf(Lzb, 3, 2016, 3).ShouldBeNull();
    }

    private static OrganisationData Build()
    {
        var units = DashboardTestData.Units();
        units.Add(new OrgUnit { Id = 5, Code = "T-C", Name = "Team C", Kind = OrgUnitKind.Team, ParentId = 2, ValidFrom = new DateOnly(2015, 1, 1) });
        var rows = new List<FigureRow>();
        for (var m = 1; m <= 12; m++)
        {
            rows.Add(new FigureRow(3, "K3", "LZB", 2014, m, 600, IsDemo: false));
            rows.Add(new FigureRow(4, "K3", "LZB", 2014, m, 300, IsDemo: false));
        }

        for (var m = 1; m <= 3; m++)
        {
            rows.Add(new FigureRow(3, "K3", "LZB", 2015, m, 620, IsDemo: false));
            rows.Add(new FigureRow(4, "K3", "LZB", 2015, m, 310, IsDemo: false));
            rows.Add(new FigureRow(5, "K3", "LZB", 2015, m, 50, IsDemo: false));
        }

        Target[] targets = [Target(DashboardTestData.K2, 21.4m), Target(Lzb, 810m), Target(AlqU25, -2.5m)];
        return new OrganisationData(units, [DashboardTestData.K2, Lzb, AlqU25], targets, [], new FigureWindow(rows));
    }

    private static Target Target(Indicator indicator, decimal value)
    {
        var target = new Target { IndicatorId = indicator.Id, OrgUnitId = 1, Year = 2015 };
        target.Versions.Add(new TargetVersion
        {
            Number = 1, Value = value, Status = TargetStatus.Final, DecidedOn = new DateOnly(2015, 1, 15), CreatedBy = "test",
        });
        return target;
    }
}
