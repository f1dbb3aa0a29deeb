using System.Net;
using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>
/// The Gesamtübersicht is a static page (issue 23, time to interactive): the server renders it completely, with no
/// circuit to start, and every state it can show is an address: the filters are a GET form (einheit, monat, jahr), the
/// sort order a link (sortierung). The interactive pages stay interactive.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class StaticOverviewPageTests(MeAktivAppFactory app)
{
    private const string BlazorServerMarker = "<!--Blazor:{\"type\":\"server\"";

    private async Task<string> PageAsync(string path)
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_page_is_rendered_whole_with_no_circuit_and_its_filters_are_a_get_form()
    {
        var html = await PageAsync("/uebersicht?jahr=2015&monat=5");

        html.ShouldNotContain(BlazorServerMarker, customMessage: "no interactive component: the browser starts no circuit");
        html.ShouldContain("data-static-page");
        html.ShouldContain("data-testid=\"dashboard-loaded\" data-unit=\"JC\" data-year=\"2015\" data-month=\"5\"");
        Form(html).ShouldContain("method=\"get\" action=\"/uebersicht\"");
        Form(html).ShouldContain("name=\"einheit\"");
        Form(html).ShouldContain("name=\"jahr\" data-resets=\"monat\"");
        SelectedOption(html, "month-select").ShouldBe("5");
        SelectedOption(html, "year-select").ShouldBe("2015");
        SelectedOption(html, "unit-select").ShouldBe("JC");
        html.ShouldContain("data-action=\"drawer\"");
        html.ShouldContain("data-action=\"print\"");
        html.ShouldContain("js/page-actions");
        // A static page runs neither Blazor's script nor MudBlazor's (Blazor's is only preloaded, for the next page).
        Regex.IsMatch(html, "<script src=\"[^\"]*(blazor\\.web|MudBlazor\\.min\\.js)").ShouldBeFalse();
    }

    [Fact]
    public async Task The_form_sends_the_unit_as_a_query_value_and_the_sort_order_is_kept()
    {
        var html = await PageAsync("/uebersicht?einheit=GS-VEL&monat=3&jahr=2015&sortierung=dringlichkeit");

        html.ShouldContain("data-unit=\"GS-VEL\" data-year=\"2015\" data-month=\"3\"");
        SelectedOption(html, "unit-select").ShouldBe("GS-VEL");
        html.ShouldContain("data-category=\"severity\"");
        Regex.IsMatch(html, "aria-current=\"true\"[^>]*data-testid=\"sort-severity\"").ShouldBeTrue();
        Form(html).ShouldContain("<input type=\"hidden\" name=\"sortierung\" value=\"dringlichkeit\"");
        // The sort links keep the unit, year and month; "nach Kategorie" drops the sort order.
        html.ShouldContain("href=\"/uebersicht/einheit/GS-VEL?jahr=2015&amp;monat=3&amp;sortierung=dringlichkeit\"");
        html.ShouldContain("href=\"/uebersicht/einheit/GS-VEL?jahr=2015&amp;monat=3\"");
    }

    [Fact]
    public async Task The_other_pages_stay_interactive()
    {
        var html = await PageAsync("/uebersicht/kennzahl/K2?einheit=JC&jahr=2015&monat=5");

        html.ShouldContain(BlazorServerMarker);
        Regex.IsMatch(html, "<script src=\"[^\"]*blazor\\.web").ShouldBeTrue();
        html.ShouldNotContain("data-action=\"drawer\"", customMessage: "the circuit opens and closes the drawer");
    }

    private static string Form(string html) => FormPattern().Match(html).Value;

    private static string SelectedOption(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>.*?<option value=\"([^\"]*)\" selected", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("<form method=\"get\"[^>]*data-autosubmit.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
}
