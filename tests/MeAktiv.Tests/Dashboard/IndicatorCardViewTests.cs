using Bunit;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Features.Dashboard;

namespace MeAktiv.Tests.Dashboard;

/// <summary>The Gesamtübersicht card shows the engine's figures in German, the light as text, and the provisional target.</summary>
public sealed class IndicatorCardViewTests : MudTestContext
{
    private static IndicatorCard Card(string unit = "GS-A")
    {
        var data = DashboardTestData.Build();
        return DashboardCards.Card(data, DashboardTestData.K2, data.Find(unit)!, 3);
    }

    [Fact]
    public void The_card_shows_actual_phased_target_variance_light_forecast_and_run_rate_of_the_engine()
    {
        var card = Card();
        var cut = RenderMud<IndicatorCardView>(p => p.Add(c => c.Card, card).Add(c => c.Link, "/uebersicht/kennzahl/K2?einheit=GS-A"));

        cut.Find("[data-col=actual]").TextContent.ShouldBe("6,0 %");
        cut.Find("[data-col=phased]").TextContent.ShouldBe("5,4 %"); // 5,35
        cut.Find("[data-col=variance]").TextContent.ShouldBe("+0,65 Pp.");
        cut.Find("[data-indicator=K2]").GetAttribute("data-light").ShouldBe("green");
        cut.Markup.ShouldContain("grün");
        // Forecast: INT Apr..Dec at Ø(25, 30, 35) = 30 → 90 + 270 = 360; ELB Dec..Nov 12 · 1500 = 18000 → 100 · 360 · 12 / 18000 = 24 %.
        cut.Find("[data-col=forecast]").TextContent.Trim().ShouldBe(German.Value(card.Result.Forecast, card.Unit, card.IsChange));
        card.Result.Forecast.ShouldBe(24m);
        cut.Find("[data-col=required]").TextContent.ShouldBe(German.Required(card.Result.RequiredPerMonth, ComponentKind.Count));
        cut.Markup.ShouldContain("Integrationen je restlichem Monat");
        cut.Find("[data-testid=provisional]").TextContent.ShouldContain("vorläufig");
        cut.Markup.ShouldContain("Ziel von Jobcenter"); // held against the Jobcenter's target
        cut.Find("[data-testid=card-link]").GetAttribute("href").ShouldBe("/uebersicht/kennzahl/K2?einheit=GS-A");
    }

    [Fact]
    public void The_card_offers_a_measure_only_when_the_page_passes_the_link()
    {
        var link = MeasureLinks.New("GS-A", "K2");
        var cut = RenderMud<IndicatorCardView>(p => p.Add(c => c.Card, Card()).Add(c => c.MeasureLink, link));

        var button = cut.Find("[data-testid=card-measure]");
        button.GetAttribute("href").ShouldBe("/massnahmen/neu?einheit=GS-A&kennzahl=K2");
        button.TextContent.ShouldBe("Maßnahme anlegen");
        RenderMud<IndicatorCardView>(p => p.Add(c => c.Card, Card())).FindAll("[data-testid=card-measure]").ShouldBeEmpty();
        MeasureLinks.Calls(MeAktiv.Core.Kennzahlen.TrafficLight.Green).ShouldBeFalse();
        MeasureLinks.Calls(MeAktiv.Core.Kennzahlen.TrafficLight.Yellow).ShouldBeTrue();
    }

    [Fact]
    public void The_card_is_one_grid_of_elements_without_whitespace_or_stray_text_between_them()
    {
        var cut = RenderMud<IndicatorCardView>(p => p.Add(c => c.Card, Card()).Add(c => c.Link, "/uebersicht/kennzahl/K2"));

        var card = cut.Find("[data-testid=indicator-card]");
        card.Children.Select(e => e.ClassName?.Split(' ').First(c => c.StartsWith("dash-", StringComparison.Ordinal) || c == "light"))
            .ShouldBe(["dash-title", "light", "dash-caption", "dash-actual", "dash-spark", "dash-figures", "dash-note"]);
        // Every element is built twice per page load (prerender, circuit): no whitespace text nodes between the tags,
        // and no stray characters from a line break inside a closing tag.
        card.ChildNodes.Concat(card.QuerySelector("dl")!.ChildNodes).Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text)
            .ShouldBeEmpty();
        card.TextContent.ShouldNotContain(">");
    }

    [Fact]
    public void The_sparkline_carries_the_engines_13_months_and_names_them()
    {
        var card = Card("JC");
        var cut = RenderMud<IndicatorCardView>(p => p.Add(c => c.Card, card));
        var spark = cut.Find("[data-testid=sparkline]");

        card.Sparkline.Count.ShouldBe(13);
        // The numbers drawn are the engine's, rounded to 4 decimals; months without a value stay empty.
        spark.GetAttribute("data-values").ShouldBe(string.Join(";", card.Sparkline.Select(p => p.Value is { } v
            ? Math.Round(v, 4).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));
        spark.GetAttribute("data-values")!.Split(';')[10].ShouldBe("12.6667"); // 100 · 190 · 12 / 18000
        spark.GetAttribute("role").ShouldBe("img");
        // Rolling K2 needs 12 + 12 months: from January 2015 on. Jan: 100 · (11 · 15 + 25) · 12 / 18000 = 12,67 %.
        card.Sparkline.Take(10).ShouldAllBe(p => p.Value == null);
        card.Sparkline[10].Value!.Value.ShouldBe(100m * 190m * 12m / 18000m, 0.0000001m);
        card.Sparkline[11].Value!.Value.ShouldBe(100m * 205m * 12m / 18000m, 0.0000001m); // Feb: 10 · 15 + 25 + 30
        card.Sparkline[12].Value.ShouldBe(15m); // 100 · (9 · 15 + 90) · 12 / 18000
        spark.QuerySelector("title")!.TextContent.ShouldBe("Verlauf der letzten 13 Monate (gleitende 12 Monate (K2)): Jan 2015 12,7 %, Feb 2015 13,7 %, Mär 2015 15,0 %");
        spark.QuerySelector("polyline").ShouldNotBeNull();
    }
}
