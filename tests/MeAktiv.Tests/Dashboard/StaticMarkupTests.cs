using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;
using MeAktiv.Web.Features.Dashboard;
using MeAktiv.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeAktiv.Tests.Dashboard;

/// <summary>
/// The Gesamtübersicht shows its cards, morning summary and budget cards as HTML rendered once (<see cref="StaticMarkup"/>):
/// the HTML is the one the components render in a page, texts encoded, in both orders of the sort toggle.
/// </summary>
public sealed class StaticMarkupTests : MudTestContext
{
    private static readonly StaticMarkup Markup = new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance,
        new SharedText());

    private static DashboardOverview Overview()
    {
        var data = DashboardTestData.Build();
        var unit = data.Find("GS-A")!;
        var k2 = DashboardCards.Card(data, DashboardTestData.K2, unit, 3);
        var red = k2 with
        {
            Code = "K9", Name = "<Fremd & Co>", Category = TargetCategory.LokalesZiel,
            Result = k2.Result with { Light = TrafficLight.Red, Ratio = 0.9m },
        };
        return new DashboardOverview(2015, 3, null, [1, 2, 3], unit.Ref, [], [], false, [k2, red]);
    }

    private static Task<StaticHtml> CardsAsync(DashboardOverview overview, bool bySeverity) =>
        Markup.RenderAsync<OverviewCards>(new Dictionary<string, object?>
        {
            [nameof(OverviewCards.Overview)] = overview, [nameof(OverviewCards.BySeverity)] = bySeverity, [nameof(OverviewCards.Measures)] = true,
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_cards_as_html_are_what_the_components_render(bool bySeverity)
    {
        var overview = Overview();
        var html = (await CardsAsync(overview, bySeverity)).Html;

        var cut = RenderMud<OverviewCards>(p => p.Add(c => c.Overview, overview).Add(c => c.BySeverity, bySeverity).Add(c => c.Measures, true));
        cut.MarkupMatches(html);
        cut.FindAll("[data-testid=indicator-card]").Select(c => c.GetAttribute("data-indicator"))
            .ShouldBe(bySeverity ? ["K9", "K2"] : ["K2", "K9"]); // by urgency: red first
        cut.FindAll("section").Select(s => s.GetAttribute("data-category"))
            .ShouldBe(bySeverity ? ["severity"] : ["BaZiel", "LokalesZiel"]);
        cut.FindAll("[data-testid=card-measure]").Count.ShouldBe(bySeverity ? 0 : 1); // "Maßnahme anlegen" on the red card
    }

    [Fact]
    public async Task Texts_are_encoded_as_in_a_page()
    {
        var html = (await CardsAsync(Overview(), bySeverity: false)).Html;

        html.ShouldContain("&lt;Fremd &amp; Co&gt;");
        html.ShouldNotContain("<Fremd");
    }

    [Fact]
    public async Task Without_budget_rights_there_are_no_budget_cards()
    {
        var html = await Markup.RenderAsync<BudgetCards>(new Dictionary<string, object?> { [nameof(BudgetCards.Report)] = null });

        html.Html.ShouldBeEmpty();
    }

    [Fact]
    public async Task Equal_html_is_one_instance_for_all_circuits_that_show_it_and_other_html_is_not()
    {
        var overview = Overview();
        var first = (await CardsAsync(overview, bySeverity: false)).Html;
        var again = (await CardsAsync(Overview(), bySeverity: false)).Html;
        var other = (await CardsAsync(overview, bySeverity: true)).Html;

        ReferenceEquals(first, again).ShouldBeTrue("the same cards rendered twice are kept once");
        other.ShouldNotBe(first);
    }

    [Fact]
    public void A_shared_text_nobody_holds_any_more_is_collected()
    {
        var texts = new SharedText();
        var weak = ShareAndForget(texts);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        weak.TryGetTarget(out _).ShouldBeFalse("the pool keeps no text alive");
        var fresh = new string('x', 1000);
        ReferenceEquals(texts.Share(fresh), fresh).ShouldBeTrue("an equal text after the first was collected is kept anew");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<string> ShareAndForget(SharedText texts) => new(texts.Share(new string('x', 1000)));
}
