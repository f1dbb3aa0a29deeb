using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>
/// Issue 16 (7): closing a month that was not submitted needs a confirmation that names what is missing; closing a month
/// without any figure where figures are owed is refused, also with the confirmation. Demo: June 2015 in Entwurf with
/// figures, July and later without any. Own app: it closes months.
/// </summary>
public sealed class MonthCloseTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> CloseAsync(HttpClient client, string unit, string month, string query = "", object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/months/{unit}/{month}/close{query}", body ?? new { }, Ct);

    private static async Task<string> StateAsync(HttpClient client, string unit, int month)
    {
        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/v1/months?year=2015&month={month}", Ct);
        return rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == unit).GetProperty("state").GetString()!;
    }

    [Fact]
    public async Task A_month_not_submitted_is_closed_only_with_the_confirmation_query_or_body()
    {
        using var bl = await app.CreateApiClientAsync(DemoAccounts.Bereichsleitung);

        var asked = await (await CloseAsync(bl, "VEL-MI", "2015-06")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        asked.Text("title").ShouldBe("Konflikt");
        asked.Text("detail").ShouldBe("Der Monat 06/2015 von Markt & Integration Velbert ist nicht eingereicht. "
            + "Zu allen gemeldeten Kennzahlen sind Zahlen erfasst. Trotzdem abschließen?");
        asked.GetProperty("confirmationRequired").GetBoolean().ShouldBeTrue();
        (await StateAsync(bl, "VEL-MI", 6)).ShouldBe("Entwurf", "nothing changed");

        (await CloseAsync(bl, "VEL-MI", "2015-06", "?confirm=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CloseAsync(bl, "HIL-MI", "2015-06", body: new { confirm = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateAsync(bl, "VEL-MI", 6)).ShouldBe("Abgeschlossen");
        (await StateAsync(bl, "HIL-MI", 6)).ShouldBe("Abgeschlossen");
        // A submitted month closes without a question (May in the demo).
        (await CloseAsync(bl, "RAT-MI", "2015-05")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_question_names_the_owed_indicators_and_components_without_figures()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        // July 2015 of the Jobcenter (it owes U25, BAMF, ESF, PI): only ALQ U25 and the occupied BAMF places entered.
        (await gf.PutAsJsonAsync("/api/v1/actuals/JC/U25/ALQ/2015-07", new { value = 6.1 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gf.PutAsJsonAsync("/api/v1/actuals/JC/BAMF/BEL/2015-07", new { value = 40 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var asked = await (await CloseAsync(gf, "JC", "2015-07")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        asked.Text("detail").ShouldBe("Der Monat 07/2015 von Jobcenter ME-aktiv ist nicht eingereicht. "
            + "Es fehlen Zahlen zu: BAMF (VERF), ESF, PI. Trotzdem abschließen?");
        asked.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldBe(["BAMF (VERF)", "ESF", "PI"]);
    }

    [Fact]
    public async Task A_month_without_any_figure_where_figures_are_owed_is_refused_even_when_confirmed()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string Refused = "Der Monat 08/2015 von Leistung Velbert kann nicht abgeschlossen werden: Es sind keine Zahlen "
            + "erfasst, die Einheit meldet für diesen Monat K1, KDU.";

        (await (await CloseAsync(gf, "VEL-LG", "2015-08")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail").ShouldBe(Refused);
        (await (await CloseAsync(gf, "VEL-LG", "2015-08", "?confirm=true")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail").ShouldBe(Refused);
        (await (await CloseAsync(gf, "VEL-LG", "2015-08", body: new { confirm = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail").ShouldBe(Refused);
        (await gf.GetFromJsonAsync<JsonElement>("/api/v1/months?year=2015&month=8", Ct)).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "VEL-LG").GetProperty("state").GetString().ShouldBe("Entwurf");
    }

    [Fact]
    public async Task A_unit_that_owes_nothing_closes_without_a_question_and_the_service_says_the_same_as_the_api()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        var flow = scope.ServiceProvider.GetRequiredService<MonthWorkflowService>();

        // The Arbeitgeberservice reports nothing: its month is not waited for and may be closed as it is.
        (await flow.CloseAsync(gf, "MET-AGS", 2015, 6, ct: Ct)).State.ShouldBe(MonthState.Abgeschlossen);
        var asked = await flow.CloseAsync(gf, "LAN-MI", 2015, 6, ct: Ct);
        (asked.Ok, asked.Failure).ShouldBe((false, WorkflowFailure.NeedsConfirmation));
        (await flow.CloseAsync(gf, "LAN-MI", 2015, 6, confirm: true, ct: Ct)).State.ShouldBe(MonthState.Abgeschlossen);
    }
}
