using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Features.Targets;

namespace MeAktiv.Tests.Targets;

public sealed class TargetOverviewTableTests : MudTestContext
{
    private static TargetOverviewRow Row(
        string code, string name, TargetCategory category, IndicatorUnit unit, FormulaKind formula, decimal? target,
        TargetStatus? status, decimal? actual = null, TrafficLight light = TrafficLight.None, YearMonth? latest = null,
        decimal? forecast = null, string? method = null) =>
        new(code, name, category, unit, formula, Direction.HigherIsBetter, target, status, "Hinweis " + code,
            latest ?? new YearMonth(2015, 6), actual, target, light, forecast, method, []);

    private static TargetOverview Overview(params TargetOverviewRow[] rows) =>
        new(2015, 6, "JC", "Jobcenter ME-aktiv", true, rows);

    [Fact]
    public void Shows_targets_in_German_format_with_status()
    {
        var cut = RenderMud<TargetOverviewTable>(p => p.Add(c => c.Overview, Overview(
            Row("K2", "Integrationsquote", TargetCategory.BaZiel, IndicatorUnit.Prozent, FormulaKind.IntegrationRate,
                21.4m, TargetStatus.Vorlaeufig, actual: 10.526315m, light: TrafficLight.Yellow, latest: new YearMonth(2015, 6),
                forecast: 21.45m, method: "Hochrechnung: Ø der letzten 3 Monate"),
            Row("K3", "Bestand Langzeitleistungsbezieher", TargetCategory.BaZiel, IndicatorUnit.Anzahl,
                FormulaKind.AnnualAverage, 17970m, TargetStatus.Vorlaeufig, actual: 18003.5m, light: TrafficLight.Red))));

        var k2 = cut.Find("tr[data-indicator=K2]");
        k2.QuerySelector("[data-col=target]")!.TextContent.Trim().ShouldBe("21,40 %");
        k2.QuerySelector("[data-col=actual]")!.TextContent.Trim().ShouldBe("10,5 %");
        k2.QuerySelector("[data-col=month]")!.TextContent.Trim().ShouldBe("06/2015");
        k2.TextContent.ShouldContain("vorläufig");
        k2.TextContent.ShouldContain("gelb");
        k2.TextContent.ShouldContain("Hochrechnung: Ø der letzten 3 Monate");
        var k3 = cut.Find("tr[data-indicator=K3]");
        k3.QuerySelector("[data-col=target]")!.TextContent.Trim().ShouldBe("17.970");
        k3.QuerySelector("[data-col=actual]")!.TextContent.Trim().ShouldBe("18.004");
        k3.TextContent.ShouldContain("rot");
    }

    [Fact]
    public void Groups_rows_by_category_in_a_fixed_order()
    {
        var cut = RenderMud<TargetOverviewTable>(p => p.Add(c => c.Overview, Overview(
            Row("KDU", "Kosten der Unterkunft", TargetCategory.KommunalesZiel, IndicatorUnit.Prozent, FormulaKind.ChangeOfSum, 0m, TargetStatus.Final),
            Row("K2", "Integrationsquote", TargetCategory.BaZiel, IndicatorUnit.Prozent, FormulaKind.IntegrationRate, 21.4m, TargetStatus.Vorlaeufig),
            Row("EQ", "Eingliederungsquote", TargetCategory.LokalesZiel, IndicatorUnit.Prozent, FormulaKind.RatioOfSums, 45m, TargetStatus.Vorlaeufig))));

        var headers = cut.FindAll("tr.category-row").Select(r => r.TextContent.Trim()).ToList();
        headers.ShouldBe(["BA-Ziele nach § 48b SGB II", "Lokale Ziele", "Kommunale Ziele"]);
    }

    [Fact]
    public void Change_targets_carry_a_sign_and_missing_values_show_a_dash()
    {
        var cut = RenderMud<TargetOverviewTable>(p => p.Add(c => c.Overview, Overview(
            Row("U25", "Arbeitslosenquote U25", TargetCategory.LokalesZiel, IndicatorUnit.Prozent, FormulaKind.ChangeOfAverage,
                -2.5m, TargetStatus.Vorlaeufig),
            Row("K1", "Summe der Leistungen zum Lebensunterhalt", TargetCategory.Monitoring, IndicatorUnit.Prozent,
                FormulaKind.ChangeOfSum, null, TargetStatus.Vorlaeufig))));

        var u25 = cut.Find("tr[data-indicator=U25]");
        u25.QuerySelector("[data-col=target]")!.TextContent.Trim().ShouldBe("\u22122,50 %");
        u25.QuerySelector("[data-col=actual]")!.TextContent.Trim().ShouldBe("–");
        u25.TextContent.ShouldContain("keine");
        cut.Find("tr[data-indicator=K1] [data-col=target]").TextContent.Trim().ShouldBe("noch offen");
    }
}
