using System.Net;
using System.Net.Http.Json;
using System.Text;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>
/// Who sees what of money and staff (issue 21): a Teamleitung gets 403 on every budget and staff route (API and pages);
/// the Träger read the budgets' totals without lines; the Bereichsleitung reads staff and no money; Finanzen (no column
/// in the authorization matrix) opens its pages and reads everything of the budget. Read-only: the shared app.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class BudgetRightsTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] MoneyReads = ["/api/v1/budgets?year=2015", "/api/v1/budgets/2015/K16A-PSB", "/api/v1/budgets?year=2015&format=xlsx"];

    [Fact]
    public async Task A_teamleitung_sees_nothing_of_money_or_staff()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-U25-1"));
        foreach (var url in MoneyReads.Append("/api/v1/staff?year=2015"))
        {
            (await tl.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        (await tl.PutAsJsonAsync("/api/v1/budgets/2015/K16A-PSB/6", new { committed = 1m, paid = 1m }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tl.PutAsJsonAsync("/api/v1/staff/2015/VEL-U25-1/6", new { plannedFte = 1m, actualFte = 1m }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tl.PostAsync("/api/v1/budgets/2015/6/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tl.PostAsync("/api/v1/budgets/2015/6/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n")), "file", "h.csv" } };
        (await tl.PostAsync("/api/v1/budgets/import", form, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("VEL-U25-1"));
        foreach (var page in new[] { "/budget", "/budget/erfassung", "/personal" })
        {
            (await browser.GetAsync(page, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }
    }

    [Fact]
    public async Task The_traeger_read_the_totals_without_lines()
    {
        using var traeger = await app.CreateApiClientAsync(DemoAccounts.Traeger);
        var r = await traeger.GetJsonAsync("/api/v1/budgets?year=2015");
        r.GetProperty("lines").GetArrayLength().ShouldBe(0);
        r.GetProperty("budgets").GetArrayLength().ShouldBe(3);
        r.GetProperty("total").GetProperty("plan").GetDecimal().ShouldBe(42_049_055m);
        (await traeger.GetAsync("/api/v1/budgets/2015/K16A-PSB", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await traeger.GetAsync("/api/v1/staff?year=2015", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_bereichsleitung_reads_staff_with_the_betreuungsschluessel_and_no_money()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        (await bl.GetAsync("/api/v1/budgets?year=2015", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var staff = await bl.GetJsonAsync("/api/v1/staff?year=2015");
        staff.GetProperty("month").GetInt32().ShouldBe(5);
        var rows = staff.GetProperty("rows").EnumerateArray().ToList();
        // the Bereichsleitung reads the units of its Bereiche (the teams), not the Jobcenter's own row
        rows.ShouldNotContain(r => r.GetProperty("unit").GetString() == "JC");
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var all = await gf.GetJsonAsync("/api/v1/staff?year=2015");
        all.GetProperty("plannedFte").GetDecimal().ShouldBe(421.93m); // 405,93 + 10 project staff + 6 temporary (Planungsdokument 3.1)
        staff.GetProperty("plannedFte").GetDecimal().ShouldBe(all.GetProperty("plannedFte").GetDecimal()
            - all.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unit").GetString() == "JC").GetProperty("plannedFte").GetDecimal());
        var u25 = rows.Single(r => r.GetProperty("unit").GetString() == "VEL-U25-1");
        u25.GetProperty("u25Target").GetDecimal().ShouldBe(75m);
        var customers = u25.GetProperty("customers").GetDecimal();
        u25.GetProperty("ratio").GetDecimal().ShouldBe(customers / u25.GetProperty("actualFte").GetDecimal());
        rows.Single(r => r.GetProperty("unit").GetString() == "VEL-MI").GetProperty("u25Target").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Finanzen_opens_its_pages_and_not_the_figures_entry()
    {
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Finanzen);
        foreach (var page in new[] { "/budget?jahr=2015", "/budget/erfassung?jahr=2015&monat=6", "/personal?jahr=2015" })
        {
            (await browser.GetAsync(page, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }

        (await browser.GetAsync("/erfassung", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        (await fin.GetJsonAsync("/api/v1/budgets?year=2015")).GetProperty("lines").GetArrayLength().ShouldBe(13);
    }
}
