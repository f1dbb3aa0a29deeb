using Bunit;
using MeAktiv.Core.Security;
using MeAktiv.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Tests.Components.Layout;

/// <summary>The main navigation: the links each role is offered, and the current page's link marked active.</summary>
public sealed class NavMenuTests : MudTestContext
{
    private IReadOnlyList<string> Links(string path, params string[] roles)
    {
        SignInAs("user@me-aktiv.example", roles);
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        var cut = RenderMud<NavMenu>();
        return cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") + (a.ClassList.Contains("active") ? " (aktiv)" : "")).ToList();
    }

    [Fact]
    public void A_team_lead_gets_the_entry_pages_but_no_administration()
    {
        Links("/erfassung", Roles.Teamleitung).ShouldBe(["/", "/ziele", "/erfassung (aktiv)", "/import", "/monatsabschluss",
            "/uebersicht", "/berichte", "/review", "/massnahmen", "/sitzungen", "/termine"]);
    }

    [Fact]
    public void The_Traeger_gets_no_entry_pages_and_a_dashboard_subpage_marks_the_dashboard_active()
    {
        Links("/uebersicht/kennzahl/K2", Roles.Traeger).ShouldBe(["/", "/ziele", "/uebersicht (aktiv)", "/berichte", "/review",
            "/massnahmen", "/sitzungen", "/termine", "/budget"]);
    }

    [Fact]
    public void Finanzen_gets_the_budget_pages_and_no_entry_of_figures()
    {
        Links("/budget/erfassung", Roles.Finanzen).ShouldBe(["/", "/ziele", "/uebersicht", "/berichte", "/review", "/massnahmen", "/sitzungen",
            "/termine", "/budget", "/budget/erfassung (aktiv)", "/personal"]);
        Links("/", Roles.Bereichsleitung).ShouldContain("/personal");
        Links("/", Roles.Bereichsleitung).ShouldNotContain("/budget");
        Links("/", Roles.Teamleitung).ShouldNotContain("/personal");
    }

    [Fact]
    public void The_administration_gets_users_and_the_audit_log_and_the_start_page_matches_only_itself()
    {
        var links = Links("/", Roles.Administration);
        links.ShouldContain("/ (aktiv)");
        links.ShouldContain("/verwaltung/benutzer");
        links.ShouldContain("/verwaltung/protokoll");
        links.Count(l => l.EndsWith("(aktiv)", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Administration_and_Geschaeftsfuehrung_get_the_Stammdaten_and_others_do_not()
    {
        Links("/", Roles.Administration).ShouldContain("/verwaltung/organisation");
        Links("/", Roles.Geschaeftsfuehrung).ShouldContain("/verwaltung/organisation");
        Links("/", Roles.Bereichsleitung).ShouldNotContain("/verwaltung/organisation");
    }
}
