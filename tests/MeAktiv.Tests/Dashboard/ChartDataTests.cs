using Bunit;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Dashboard;
using MudBlazor;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The numbers handed to MudChart, and shown in the table view, are the engine's.</summary>
public sealed class ChartDataTests : MudTestContext
{
    private static IndicatorView View()
    {
        var data = DashboardTestData.Build();
        var unit = data.Find("JC")!;
        var card = DashboardCards.Card(data, DashboardTestData.K2, unit, 3);
        return new IndicatorView(card, null, FormulaText.Of(DashboardTestData.K2), unit.Ref, [], [1, 2, 3],
            IndicatorCharts.Path(data, DashboardTestData.K2, unit, card), IndicatorCharts.Rolling(data, DashboardTestData.K2, unit, 3),
            IndicatorCharts.LastYear(data, DashboardTestData.K2, unit, 3),
            Ranking.Build(data, new Core.Security.UserScope("gf", new HashSet<string>(), new HashSet<int> { 1, 2, 3, 4 }, new HashSet<int>()),
                DashboardTestData.K2, unit, card, OrgUnitKind.Team),
            IndicatorCharts.Components(data, DashboardTestData.K2, unit), [], new DataDelayInfo(null, null, []), false);
    }

    private static IReadOnlyList<double?> Doubles(IEnumerable<decimal?> values) => values.Select(v => v is { } d ? (double?)(double)d : null).ToList();

    [Fact]
    public void The_path_chart_gets_the_engines_actuals_phased_targets_and_the_forecast_line()
    {
        var view = View();
        var cut = RenderMud<PathChart>(p => p.Add(c => c.View, view));
        var series = cut.FindComponent<MudChart<double>>().Instance.ChartSeries;

        var engine = Enumerable.Range(1, 3).Select(m => AttainmentCalculator.Calculate(
            IndicatorDefinition.FromEntity(DashboardTestData.K2),
            ComponentAggregator.Aggregate(IndicatorDefinition.FromEntity(DashboardTestData.K2), RowsOf(view)), 2015, m, 21.4m)).ToList();
        series.Select(s => s.Name).ShouldBe(["Ist", "Soll (anteilig)", "Prognose"]);
        Ys(series[0]).Take(3).ShouldBe(Doubles(engine.Select(r => r.Actual)));
        Ys(series[0]).Skip(3).ShouldAllBe(v => v == null);
        Ys(series[1]).ShouldBe(Doubles(Enumerable.Range(1, 12).Select(m => (decimal?)(21.4m * m / 12))));
        Ys(series[2])[2].ShouldBe((double)engine[2].Actual!.Value);
        Ys(series[2])[11].ShouldBe((double)engine[2].Forecast!.Value);
        cut.Find("[data-testid=chart-path]").ClassList.ShouldContain("dash-series-3");
    }

    [Fact]
    public void The_table_view_shows_the_same_numbers_in_german()
    {
        var view = View();
        var cut = RenderMud<PathChart>(p => p.Add(c => c.View, view));
        cut.Find("[data-testid=chart-path] input[type=checkbox]").Change(true);

        var rows = cut.FindAll("[data-testid=chart-path-table] tbody tr");
        rows.Count.ShouldBe(12);
        rows[2].TextContent.ShouldContain("Mär");
        rows[2].QuerySelectorAll("td")[0].TextContent.ShouldBe(German.Value(view.Path[2].Actual, view.Card.Unit, view.Card.IsChange));
        rows[2].QuerySelectorAll("td")[0].TextContent.ShouldBe("6,0 %");
        rows[11].QuerySelectorAll("td")[2].TextContent.ShouldBe("24,0 %");
        cut.FindComponents<MudChart<double>>().ShouldBeEmpty();
    }

    [Fact]
    public void The_contribution_chart_draws_each_units_contribution_and_lists_it_as_a_table()
    {
        var view = View();
        var cut = RenderMud<IndicatorChartsView>(p => p.Add(c => c.View, view));
        var bars = cut.FindComponent<ContributionBars>();

        bars.Instance.Rows.Select(r => r.Contribution).ShouldBe(view.Ranking.Rows.Select(r => r.Contribution));
        bars.Find("svg").GetAttribute("data-values").ShouldBe(string.Join(";",
            view.Ranking.Rows.Select(r => r.Contribution!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        bars.FindAll("svg g[data-unit]").Select(g => g.GetAttribute("data-unit")).ShouldBe(["T-B", "T-A"]);
        bars.Find("svg g[data-unit=T-B] rect").GetAttribute("fill").ShouldBe("#c62828"); // burdens: red

        bars.Find("input[type=checkbox]").Change(true);
        var cells = bars.FindAll("[data-testid=chart-contribution-table] tbody td").Select(td => td.TextContent).ToList();
        cells.ShouldBe(["\u22120,78 Pp.", "+1,43 Pp."]);
    }

    [Theory]
    [InlineData(new[] { 0.0, 22.0 }, 5)]
    [InlineData(new[] { 17800.0, 18300.0 }, 100)]
    [InlineData(new[] { -0.2, 0.3 }, 1)]
    public void The_axis_ticks_are_round_and_about_five(double[] values, int expected) =>
        ChartWithTable.TickSpacing(values.Select(v => (decimal)v).ToList()).ShouldBe(expected);

    /// <summary>The Y values as MudChart holds them, null where the point has no value.</summary>
    private static List<double?> Ys(ChartSeries<double> series) => series.Data.Points.Select(p => p.HasValue ? (double?)p.Y : null).ToList();

    private static IEnumerable<RawFigure> RowsOf(IndicatorView view)
    {
        // The test organisation's figures, as DashboardTestData enters them (teams 3 and 4).
        for (var m = 1; m <= 12; m++)
        {
            yield return new RawFigure(3, "ELB", 2014, m, 1000);
            yield return new RawFigure(4, "ELB", 2014, m, 500);
            yield return new RawFigure(3, "INT", 2014, m, 10);
            yield return new RawFigure(4, "INT", 2014, m, 5);
        }

        decimal[] intA = [20, 25, 30];
        for (var m = 1; m <= 3; m++)
        {
            yield return new RawFigure(3, "ELB", 2015, m, 1000);
            yield return new RawFigure(4, "ELB", 2015, m, 500);
            yield return new RawFigure(3, "INT", 2015, m, intA[m - 1]);
            yield return new RawFigure(4, "INT", 2015, m, 5);
        }
    }
}
