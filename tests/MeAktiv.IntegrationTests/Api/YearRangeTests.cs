using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Api;

/// <summary>
/// Issue 17: the year 9999 gave a 500 (the date arithmetic overflowed), <c>/termine</c> listed any period (1000–2999:
/// 2,3 MB), and a future month could be submitted although its figures are refused. One valid-year rule (2000–2100,
/// <c>YearMonth</c>) and one rule of the months that take figures and workflow steps (<c>FigureMonths</c>): German 400s.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class YearRangeTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/api/v1/months?year=9999&month=12", "Bitte Jahr (2000–2100) und Monat (1–12) angeben")]
    [InlineData("GET", "/api/v1/termine?from=9999-12-01&to=9999-12-31", "Das Jahr muss zwischen 2000 und 2100 liegen.")]
    [InlineData("GET", "/api/v1/termine?from=1000-01-01&to=2999-12-31", "Das Jahr muss zwischen 2000 und 2100 liegen.")]
    [InlineData("GET", "/api/v1/termine?from=2015-01-01&to=2017-12-31", "höchstens 731 Tage (zwei Jahre)")]
    [InlineData("POST", "/api/v1/months/VEL-MI/9999-12/submit", "Der Monat muss im Format JJJJ-MM angegeben werden")]
    [InlineData("GET", "/api/v1/comments/K2/VEL-MI/9999-12", "Der Monat muss im Format JJJJ-MM angegeben werden")]
    public async Task A_year_outside_2000_to_2100_or_a_period_too_long_is_a_German_400(string method, string url, string message)
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        (await DetailAsync(response, HttpStatusCode.BadRequest)).ShouldContain(message);
    }

    [Fact]
    public async Task Saving_a_figure_of_the_year_9999_is_a_German_400()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));

        using var response = await client.PutAsJsonAsync("/api/v1/actuals/VEL-MI/K2/INT/9999-12", new { value = 5 }, Ct);

        (await DetailAsync(response, HttpStatusCode.BadRequest)).ShouldContain("das Jahr zwischen 2000 und 2100");
    }

    [Fact]
    public async Task An_import_row_of_the_year_9999_is_a_row_error_not_a_500()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));

        using var response = await client.PostImportAsync("zahlen.csv", ImportFiles.Csv("9999-12;VEL-MI;K2;INT;5"), preview: true);

        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("column").GetString().ShouldBe("Monat");
        error.GetProperty("message").GetString().ShouldBe("Das Jahr muss zwischen 2000 und 2100 liegen.");
    }

    [Theory]
    [InlineData("submit", 1)]
    [InlineData("submit", 13)]
    [InlineData("close", 1)]
    public async Task A_future_month_is_neither_submitted_nor_closed_as_its_figures_are_refused(string step, int monthsAhead)
    {
        var month = DateTime.Now.AddMonths(monthsAhead).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        using var client = await app.CreateApiClientAsync(step == "submit" ? DemoAccounts.Teamleitung("VEL-MI") : DemoAccounts.Geschaeftsfuehrung);

        using var response = await client.PostAsync($"/api/v1/months/VEL-MI/{month}/{step}?confirm=true", null, Ct);

        (await DetailAsync(response, HttpStatusCode.BadRequest)).ShouldBe($"Der Monat {month} liegt in der Zukunft.");
        using var figure = await client.PutAsJsonAsync($"/api/v1/actuals/VEL-MI/K2/INT/{month}", new { value = 5 }, Ct);
        (await DetailAsync(figure, HttpStatusCode.BadRequest)).ShouldContain($"Der Monat {month} liegt in der Zukunft.");
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
    }
}
