using Bunit;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Dashboard;

namespace MeAktiv.Tests.Dashboard;

/// <summary>
/// The dashboard's native selects: labelled, preselected, and every change reports (year, month, unit); on a static
/// page a GET form with the query names the page reads.
/// </summary>
public sealed class DashboardFiltersTests : MudTestContext
{
    private (int Year, int Month, string Unit)? _changed;

    private IRenderedComponent<DashboardFilters> Render(int unitCount = 2, string? formAction = null) => RenderMud<DashboardFilters>(p => p
        .Add(c => c.FormAction, formAction)
        .Add(c => c.Keep, [("sortierung", "dringlichkeit")])
        .Add(c => c.Years, [2014, 2015])
        .Add(c => c.Year, 2015)
        .Add(c => c.Months, [1, 2, 3])
        .Add(c => c.Month, 2)
        .Add(c => c.LatestComplete, 2)
        .Add(c => c.Units, Units().Take(unitCount).ToList())
        .Add(c => c.Unit, "JC")
        .Add(c => c.Changed, to => _changed = to));

    private static IEnumerable<OrgUnitDto> Units() =>
    [
        new(1, "JC", "Jobcenter ME-aktiv", "Jobcenter", null, new(2005, 1, 1), null, false),
        new(2, "GS-A", "Geschäftsstelle A", "Geschaeftsstelle", "JC", new(2005, 1, 1), null, false),
    ];

    [Fact]
    public void The_selects_are_labelled_and_show_the_current_view()
    {
        var cut = Render();

        cut.FindAll("label.dash-filter > span").Select(s => s.TextContent).ShouldBe(["Einheit", "Berichtsmonat", "Jahr"]);
        cut.Find("[data-testid=month-select]").GetAttribute("value").ShouldBe("2");
        cut.FindAll("[data-testid=month-select] option").Select(o => o.TextContent).ShouldBe(["Januar", "Februar (vollständig)", "März"]);
        cut.Find("[data-testid=unit-select]").GetAttribute("value").ShouldBe("JC");
    }

    [Fact]
    public void A_change_reports_the_new_view_and_a_new_year_starts_at_its_default_month()
    {
        var cut = Render();

        cut.Find("[data-testid=month-select]").Change("3");
        _changed.ShouldBe((2015, 3, "JC"));
        cut.Find("[data-testid=unit-select]").Change("GS-A");
        _changed.ShouldBe((2015, 2, "GS-A"));
        cut.Find("[data-testid=year-select]").Change("2014");
        _changed.ShouldBe((2014, 0, "JC"));
    }

    [Fact]
    public void A_single_unit_gets_no_unit_select()
    {
        Render(unitCount: 1).FindAll("[data-testid=unit-select]").ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_form_action_there_is_no_form()
    {
        Render().FindAll("form").ShouldBeEmpty();
    }

    [Fact]
    public void On_a_static_page_the_selects_are_a_get_form_with_the_names_the_page_reads()
    {
        var form = Render(formAction: "/uebersicht").Find("form[data-autosubmit]");

        form.GetAttribute("method").ShouldBe("get");
        form.GetAttribute("action").ShouldBe("/uebersicht");
        form.QuerySelectorAll("select").Select(s => s.GetAttribute("name")).ShouldBe(["einheit", "monat", "jahr"]);
        form.QuerySelector("[name=jahr]")!.GetAttribute("data-resets").ShouldBe("monat", "a new year starts at its default month");
        form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))
            .ShouldBe([("sortierung", "dringlichkeit")]);
        form.QuerySelector("noscript")!.InnerHtml.ShouldContain("Anzeigen");
    }

    [Fact]
    public void A_single_unit_goes_along_as_a_hidden_value_on_a_static_page()
    {
        var form = Render(unitCount: 1, formAction: "/uebersicht").Find("form");

        form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))
            .ShouldBe([("einheit", "JC"), ("sortierung", "dringlichkeit")]);
    }
}
