using System.Net;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// Issue 16 (3) and (5): the start page's "Stand" follows the Datenstand, not a draft, and only units that owe figures
/// have months to submit. Demo: complete up to 05/2015, June being entered → Stand 31.07.2015. Own app: it saves a draft.
/// </summary>
public sealed class StandAndOpenMonthsTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<DateOnly> StandAsync() => WithAsync(s => s.GetRequiredService<SteuerungCalendar>().ReferenceDayAsync(Ct));

    private async Task<IReadOnlyList<OpenMonth>> OpenMonthsAsync(string team)
    {
        var tl = await app.ScopeAsync(DemoAccounts.Teamleitung(team), Roles.Teamleitung);
        return await WithAsync(s => s.GetRequiredService<OpenMonthsQueries>().ListAsync(tl, new DateOnly(2015, 7, 31), Ct));
    }

    [Fact]
    public async Task A_draft_of_a_later_month_does_not_move_the_stand()
    {
        (await StandAsync()).ShouldBe(new DateOnly(2015, 7, 31));
        (await WithAsync(s => s.GetRequiredService<SteuerungCalendar>().DefaultReviewMonthAsync(Ct))).ShouldBe((2015, 5));

        var tl = await app.ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung);
        var saved = await WithAsync(s => s.GetRequiredService<FigureEntryService>()
            .SaveAsync(tl, [new FigureInput("VEL-MI", "EQ", "AUS", 2015, 8, 4, null)], ct: Ct));
        saved.Status.ShouldBe(SaveStatus.Saved);

        (await StandAsync()).ShouldBe(new DateOnly(2015, 7, 31), "a saved, not submitted August moves nothing (it moved to 30.09. before)");
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        var start = WebUtility.HtmlDecode(await browser.GetStringAsync("/", Ct));
        start.ShouldContain("Stand: 31.07.2015");
        start.ShouldContain("Zahlen bis Mai 2015 (letzter vollständiger Monat", Case.Sensitive, "the start page names THE default month of every view");
    }

    [Fact]
    public async Task Only_months_a_unit_owes_are_to_be_submitted()
    {
        // VEL-MI: June, due 10.07., late on 31.07.
        var vel = (await OpenMonthsAsync("VEL-MI")).ShouldHaveSingleItem();
        (vel.UnitCode, vel.Month, vel.Deadline, vel.IsLate).ShouldBe(("VEL-MI", 6, new DateOnly(2015, 7, 10), true));
        // The Arbeitgeberservice owes nothing: no month to submit, never late (it had all six months before).
        (await OpenMonthsAsync("MET-AGS")).ShouldBeEmpty();
        // Erkrath's team ended on 31.03.2015 and submitted its months: nothing after.
        (await OpenMonthsAsync("ERK-MI")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reopened_month_is_listed_with_the_reason_it_came_back_and_the_start_page_shows_it()
    {
        // March: a month before the Jobcenter's latest complete one, so the Stand stays 31.07.2015 for the other tests.
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var workflow = (IServiceProvider s) => s.GetRequiredService<MonthWorkflowService>();
        await WithAsync(s => workflow(s).CloseAsync(gf, "LAN-MI", 2015, 3, confirm: true, ct: Ct)); // closed already in the demo, or now
        (await WithAsync(s => workflow(s).ReopenAsync(gf, "LAN-MI", 2015, 3, "Korrektur der Integrationen laut BA-Statistik", Ct))).Ok.ShouldBeTrue();

        var march = (await OpenMonthsAsync("LAN-MI")).Single(o => o.Month == 3);
        march.ReopenReason.ShouldBe("Korrektur der Integrationen laut BA-Statistik");
        (await OpenMonthsAsync("LAN-MI")).Where(o => o.Month != 3).ShouldAllBe(o => o.ReopenReason == null);
        using var browser = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Teamleitung("LAN-MI"));
        var start = WebUtility.HtmlDecode(await browser.GetStringAsync("/", Ct));
        start.ShouldContain("Wieder geöffnet: Korrektur der Integrationen laut BA-Statistik");
    }
}
