using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Notifications;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>
/// The rules against a real SMTP server (in the test process): who gets which mail with which text and link, and
/// nobody whose figures are in. Demo day 08.07.2015: June's deadline is Friday 10.07.2015, three working days before
/// is 07.07. One story on one database: each step builds on the notifications of the steps before.
/// </summary>
public sealed class NotificationRuleTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NotificationAppFactory App => fixture.App;

    private TestSmtpServer Smtp => fixture.Smtp;

    [Fact]
    public async Task The_rules_mail_the_right_people_once_with_German_texts_and_exact_links()
    {
        await A1_before_the_deadline_only_the_team_leads_of_units_that_still_owe_june_are_reminded();
        await A2_a_second_run_queues_and_sends_nothing_again();
        await B1_after_the_deadline_the_team_leads_and_the_Bereichsleitung_are_told_which_units_are_late();
        await C1_a_measure_due_within_7_days_goes_to_its_owner_and_a_meeting_invitation_carries_the_agenda_link_and_an_ics();
        D1_the_weekly_digest_goes_to_the_Geschaeftsfuehrung_with_the_morning_summary();
        await E1_the_bell_lists_the_users_own_notifications_and_marks_them_read();
        await E2_a_mail_switched_off_by_the_user_stays_in_the_app_only_and_only_the_Administration_sees_the_outbox();
        await F1_the_Administration_switches_a_rule_audited_with_a_version_check();
    }

    private async Task A1_before_the_deadline_only_the_team_leads_of_units_that_still_owe_june_are_reminded()
    {
        var owing = await OwingTeamsAsync();
        owing.Count.ShouldBeGreaterThan(1, "the demo's June is still being entered by several teams");
        var submitted = owing[0];
        using (var tl = await App.CreateApiClientAsync(DemoAccounts.Teamleitung(submitted)))
        {
            using var submit = await tl.PostAsync($"/api/v1/months/{submitted}/2015-06/submit", null, Ct);
            submit.StatusCode.ShouldBe(HttpStatusCode.OK, await submit.Content.ReadAsStringAsync(Ct));
        }

        using var admin = await App.CreateApiClientAsync(DemoAccounts.Administration);
        using var run = await admin.PostAsync("/api/v1/notifications/run", null, Ct);
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync(Ct));

        var expected = owing.Skip(1).Select(DemoAccounts.Teamleitung).Order().ToList();
        var mails = Smtp.OfRule(NotificationRules.BeforeDeadline);
        mails.SelectMany(m => m.To).Order().ToList().ShouldBe(expected, customMessage: "one reminder to each team lead whose team still owes June");
        mails.SelectMany(m => m.To).ShouldNotContain(DemoAccounts.Teamleitung(submitted), "its figures are in");

        var one = mails.First(m => m.To.Contains(DemoAccounts.Teamleitung(owing[1])));
        one.Message.Subject.ShouldBe("Erinnerung: Monatszahlen Juni 2015 bis 10.07.2015 einreichen");
        one.Text.ShouldContain($"Direkt zur Seite: {NotificationAppFactory.BaseUrl}/erfassung?einheit={owing[1]}&monat=2015-06");
        one.Text.ShouldContain($"({owing[1]})");
        one.Message.From.ToString().ShouldContain("me-aktiv@me-aktiv.test");
    }

    private async Task A2_a_second_run_queues_and_sends_nothing_again()
    {
        var before = Smtp.Mails.Count;
        var (queued, sent) = await App.RunAsync();
        queued.ShouldBeEmpty();
        sent.ShouldBe(0);
        Smtp.Mails.Count.ShouldBe(before);
    }

    private async Task B1_after_the_deadline_the_team_leads_and_the_Bereichsleitung_are_told_which_units_are_late()
    {
        var owing = await OwingTeamsAsync();
        // 14.07.2015: one working day after Friday's deadline is Monday 13.07.
        var (queued, _) = await App.RunAsync(new DateOnly(2015, 7, 14));
        var late = Smtp.OfRule(NotificationRules.AfterDeadline);
        late.SelectMany(m => m.To).ShouldContain(DemoAccounts.Bereichsleitung);
        late.SelectMany(m => m.To).Where(t => t.StartsWith("tl-", StringComparison.Ordinal)).Order()
            .ShouldBe(owing.Select(DemoAccounts.Teamleitung).Order().ToList());
        var lead = late.Single(m => m.To.Contains(DemoAccounts.Bereichsleitung));
        lead.Message.Subject.ShouldBe("Frist abgelaufen: Monatszahlen Juni 2015 fehlen noch");
        lead.Text.ShouldContain("am 10.07.2015 abgelaufen");
        foreach (var team in owing)
        {
            lead.Text.ShouldContain($"({team})");
        }

        late.Count.ShouldBe(queued.Count(q => q.Rule == NotificationRules.AfterDeadline), "every queued reminder was mailed");
    }

    private async Task C1_a_measure_due_within_7_days_goes_to_its_owner_and_a_meeting_invitation_carries_the_agenda_link_and_an_ics()
    {
        using var bl = await App.CreateApiClientAsync(DemoAccounts.Bereichsleitung);
        using var measure = await bl.PostAsJsonAsync("/api/v1/measures", new
        {
            title = "Benachrichtigung Testmaßnahme", description = "fällig in vier Tagen", unitCode = "VEL-MI", indicatorCodes = new[] { "K2" },
            owner = DemoAccounts.Teamleitung("VEL-MI"), startDate = "2015-06-01", dueDate = "2015-07-12", meetingId = (string?)null,
        }, Ct);
        measure.StatusCode.ShouldBe(HttpStatusCode.Created, await measure.Content.ReadAsStringAsync(Ct));
        var measureId = (await measure.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        using var meeting = await bl.PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "Zielnachhaltungsgespraech", unitCode = "VEL-MI", date = "2015-07-15", year = 2015, month = 6,
            participants = $"{DemoAccounts.Teamleitung("VEL-MI")}, {DemoAccounts.Bereichsleitung}",
        }, Ct);
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created, await meeting.Content.ReadAsStringAsync(Ct));
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        await App.RunAsync();

        var due = Smtp.OfRule(NotificationRules.MeasureDue).Single(m => m.Subject.Contains("Benachrichtigung Testmaßnahme"));
        due.To.ShouldBe([DemoAccounts.Teamleitung("VEL-MI")]);
        due.Message.Subject.ShouldBe("Maßnahme fällig am 12.07.2015: Benachrichtigung Testmaßnahme");
        due.Text.ShouldContain($"{NotificationAppFactory.BaseUrl}/massnahmen/{measureId}");

        var invitations = Smtp.OfRule(NotificationRules.MeetingInvitation).Where(m => m.Text.Contains(meetingId!)).ToList();
        invitations.SelectMany(m => m.To).Order().ShouldBe(new[] { DemoAccounts.Bereichsleitung, DemoAccounts.Teamleitung("VEL-MI") }.Order());
        var invitation = invitations[0];
        invitation.Message.Subject.ShouldStartWith("Einladung: Zielnachhaltungsgespräch");
        invitation.Message.Subject.ShouldEndWith("am 15.07.2015");
        invitation.Text.ShouldContain($"{NotificationAppFactory.BaseUrl}/sitzungen/{meetingId}");
        var ics = invitation.Message.Attachments.OfType<MimeKit.MimePart>().ShouldHaveSingleItem();
        ics.FileName.ShouldBe("sitzung.ics");
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content, Ct);
        var calendar = System.Text.Encoding.UTF8.GetString(content.ToArray());
        calendar.ShouldContain("BEGIN:VCALENDAR");
        calendar.ShouldContain("DTSTART;VALUE=DATE:20150715");
        calendar.ShouldContain($"UID:{meetingId}@me-aktiv");
    }

    private void D1_the_weekly_digest_goes_to_the_Geschaeftsfuehrung_with_the_morning_summary()
    {
        // 08.07.2015 is a Wednesday: the digest (default Monday) of week 28 is due; the run of 14.07. sent week 29's.
        var digests = Smtp.OfRule(NotificationRules.WeeklyDigest);
        digests.Count.ShouldBe(2, "one per week");
        digests.ShouldAllBe(d => d.To.SequenceEqual(new[] { DemoAccounts.Geschaeftsfuehrung }));
        var digest = digests.First();
        digest.Message.Subject.ShouldStartWith("Wochenbericht Zielerreichung");
        digest.Text.ShouldContain("Ziele rot");
        digest.Text.ShouldContain("Größte Abweichungen");
        digest.Text.ShouldContain("Noch nicht abgeschlossene Monate");
        digest.Text.ShouldContain($"{NotificationAppFactory.BaseUrl}/uebersicht?jahr=2015&monat=");

        // May is submitted by every unit of both Bereiche and not closed: ready to close, to the Bereichsleitung.
        var ready = Smtp.OfRule(NotificationRules.ReadyToClose);
        ready.ShouldAllBe(m => m.To.SequenceEqual(new[] { DemoAccounts.Bereichsleitung }));
        ready.Select(m => m.Subject).ShouldContain("Bereich Süd: Mai 2015 kann abgeschlossen werden");
        ready.First().Text.ShouldContain($"{NotificationAppFactory.BaseUrl}/monatsabschluss?monat=2015-05");
    }

    private async Task E1_the_bell_lists_the_users_own_notifications_and_marks_them_read()
    {
        var team = DemoAccounts.Teamleitung("VEL-MI");
        using var tl = await App.CreateApiClientAsync(team);
        var mine = await tl.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);
        mine.GetProperty("unread").GetInt32().ShouldBeGreaterThan(0);
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        items.ShouldAllBe(i => i.GetProperty("recipient").GetString() == team);
        var first = items[0].GetProperty("id").GetString();
        using (var read = await tl.PostAsync($"/api/v1/notifications/{first}/read", null, Ct))
        {
            read.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await tl.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct)).GetProperty("unread").GetInt32()
            .ShouldBe(mine.GetProperty("unread").GetInt32() - 1);

        using var other = await App.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var foreign = await other.PostAsync($"/api/v1/notifications/{items[^1].GetProperty("id").GetString()}/read", null, Ct);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound, "someone else's notification");
    }

    private async Task E2_a_mail_switched_off_by_the_user_stays_in_the_app_only_and_only_the_Administration_sees_the_outbox()
    {
        var team = DemoAccounts.Teamleitung("VEL-MI");
        using var tl = await App.CreateApiClientAsync(team);
        using (var off = await tl.PutAsJsonAsync("/api/v1/notifications/settings", new Dictionary<string, bool> { [NotificationRules.MeasureDue] = false }, Ct))
        {
            off.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await tl.GetAsync("/api/v1/notifications/outbox", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tl.PostAsync("/api/v1/notifications/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var gf = await App.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await gf.GetAsync("/api/v1/notifications/outbox", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var before = Smtp.Mails.Count;
        // 20.07.2015: the measure due on 12.07. is overdue now — a new notice, but not by mail.
        var (queued, sent) = await App.RunAsync(new DateOnly(2015, 7, 20));
        var overdue = queued.Single(q => q.Recipient == team && q.Rule == NotificationRules.MeasureDue && q.Subject.Contains("Benachrichtigung Testmaßnahme"));
        overdue.Status.ShouldBe(OutboxStatus.AppOnly);
        overdue.Subject.ShouldBe("Maßnahme überfällig: Benachrichtigung Testmaßnahme");
        Smtp.Mails.Skip(before).ShouldNotContain(m => m.To.Contains(team) && m.Subject.Contains("Testmaßnahme"));
        sent.ShouldBe(Smtp.Mails.Count - before);

        using var admin = await App.CreateApiClientAsync(DemoAccounts.Administration);
        var outbox = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/outbox", Ct);
        outbox.GetProperty("mailConfigured").GetBoolean().ShouldBeTrue();
        outbox.GetProperty("messages").EnumerateArray().ShouldContain(m => m.GetProperty("id").GetString() == overdue.Id.ToString());
    }

    private async Task F1_the_Administration_switches_a_rule_audited_with_a_version_check()
    {
        using var admin = await App.CreateApiClientAsync(DemoAccounts.Administration);
        const string Route = "/api/v1/notifications/rules/" + NotificationRules.BeforeDeadline;
        using (var bad = await admin.PutAsJsonAsync(Route, new { enabled = true, days = 99, weekday = "Monday", version = (Guid?)null }, Ct))
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("Die Tage bitte als Zahl von 0 bis 60 angeben.");
        }

        using var saved = await admin.PutAsJsonAsync(Route, new { enabled = false, days = 5, weekday = "Monday", version = (Guid?)null }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var setting = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        setting.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        setting.GetProperty("days").GetInt32().ShouldBe(5);
        using (var stale = await admin.PutAsJsonAsync(Route, new { enabled = true, days = 3, weekday = "Monday", version = (Guid?)null }, Ct))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, "someone saved since");
        }

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?what=NotificationRuleSetting", Ct);
        audit.EnumerateArray().ShouldContain(e => e.GetProperty("entityKey").GetString()!.Contains(NotificationRules.BeforeDeadline));
    }

    private async Task<List<string>> OwingTeamsAsync()
    {
        var stand = await App.Services.GetRequiredService<DatenstandQueries>().LoadAsync(2015, 2015, Ct);
        var june = new YearMonth(2015, 6);
        return stand.ExpectedUnits(stand.Root!.Id, june)
            .Where(u => u.Kind == OrgUnitKind.Team && !stand.Counts(u.Id, june))
            .Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
    }
}
