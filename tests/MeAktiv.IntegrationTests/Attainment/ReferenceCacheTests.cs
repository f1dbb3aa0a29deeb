using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Attainment;

/// <summary>
/// The reference data of THE one load (units, indicators, targets, duties, successor links, indicators switched off)
/// and the users' scopes are kept in memory behind the reference stamp (<see cref="ReferenceCache"/>,
/// <see cref="UserScopeCache"/>): every kind of change, saved through EF like the app's services save it, sets the
/// stamp anew in the same save (<see cref="ReferenceStampInterceptor"/>), so the next read sees it. Own app: it changes data.
/// </summary>
public sealed class ReferenceCacheTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<OrganisationData> LoadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadOrganisationAsync(2015, 2015, Ct);
    }

    /// <summary>Changes data with the app's own context (its interceptors), then saves.</summary>
    private async Task ChangeAsync(Func<AppDbContext, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        await change(db);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<long> ReferenceStampAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return (await Stamps.ReadAsync(db, Ct)).Reference;
    }

    [Fact]
    public async Task Unchanged_data_is_served_from_memory_and_a_change_of_other_data_keeps_it()
    {
        var first = await LoadAsync();
        (await LoadAsync()).ShouldBeSameAs(first, "nothing changed: the organisation is built once");

        var stamp = await ReferenceStampAsync();
        await ChangeAsync(async db => (await db.FixedDates.FirstAsync(Ct)).Description = "geändert im Test");
        (await ReferenceStampAsync()).ShouldBe(stamp, "a fixed date (Termin) is no reference data");
        (await LoadAsync()).ShouldBeSameAs(first);
    }

    [Fact]
    public async Task A_renamed_unit_is_seen_by_the_next_load()
    {
        var before = await LoadAsync();
        await ChangeAsync(async db => (await db.OrgUnits.SingleAsync(u => u.Code == "HIL-MI", Ct)).Name = "Markt und Integration Hilden (neu)");

        var after = await LoadAsync();
        after.ShouldNotBeSameAs(before);
        after.Find("HIL-MI")!.Name.ShouldBe("Markt und Integration Hilden (neu)");
    }

    [Fact]
    public async Task A_new_target_version_is_seen_by_the_next_load()
    {
        var before = await LoadAsync();
        var k2 = before.Indicators.Single(i => i.Code == "K2");
        var jc = before.Find("JC")!;
        var target = before.OwnTarget(k2, jc.Id, 2015).ShouldNotBeNull();
        var count = target.Versions.Count;

        await ChangeAsync(db =>
        {
            db.TargetVersions.Add(new TargetVersion
            {
                TargetId = target.Id, Number = target.Current!.Number + 1, Value = 30.5m, Status = TargetStatus.Angepasst,
                DecidedOn = new DateOnly(2015, 7, 1), Reason = "Test", CreatedBy = "test", CreatedAt = DateTime.UtcNow,
            });
            return Task.CompletedTask;
        });

        var after = (await LoadAsync()).OwnTarget(k2, jc.Id, 2015).ShouldNotBeNull();
        after.Versions.Count.ShouldBe(count + 1);
        after.Current!.Value.ShouldBe(30.5m);
    }

    [Fact]
    public async Task A_changed_reporting_duty_is_seen_by_the_next_load()
    {
        var before = await LoadAsync();
        var team = before.Find("LAN-MI")!;
        var june = new YearMonth(2015, 6);
        before.Datenstand.Owes(team.Id, june).ShouldBeTrue();

        await ChangeAsync(async db =>
        {
            foreach (var duty in await db.ReportingDuties.Where(d => d.OrgUnitId == team.Id).ToListAsync(Ct))
            {
                duty.To = new YearMonth(2015, 5);
            }
        });

        (await LoadAsync()).Datenstand.Owes(team.Id, june).ShouldBeFalse("the unit's duties end in May now");
    }

    [Fact]
    public async Task A_new_successor_link_is_seen_by_the_next_load()
    {
        var before = await LoadAsync();
        var from = before.Find("VEL-MI")!;
        var to = before.Units.First(u => u.Kind == OrgUnitKind.Team && u.Id != from.Id);
        before.Links.ShouldNotContain(l => l.Predecessor == from.Id && l.Successor == to.Id);

        await ChangeAsync(db =>
        {
            db.OrgUnitSuccessors.Add(new OrgUnitSuccessor { PredecessorId = from.Id, SuccessorId = to.Id, Date = new DateOnly(2030, 1, 1), Share = 10 });
            return Task.CompletedTask;
        });

        (await LoadAsync()).Links.ShouldContain(l => l.Predecessor == from.Id && l.Successor == to.Id && l.Share == 0.1m);
    }

    [Fact]
    public async Task An_indicator_switched_off_is_seen_by_the_next_load()
    {
        var before = await LoadAsync();
        // PI, not EQ: the save test of this class (same app, any order) reads EQ of 2015.
        var pi = before.Indicators.Single(i => i.Code == "PI");
        before.IndicatorsOf(2015).ShouldContain(pi);

        await ChangeAsync(db =>
        {
            db.IndicatorYears.Add(new IndicatorYear { IndicatorId = pi.Id, Year = 2015, Active = false, Reason = "Test" });
            return Task.CompletedTask;
        });

        (await LoadAsync()).IndicatorsOf(2015).ShouldNotContain(i => i.Code == "PI");
    }

    [Fact]
    public async Task A_changed_unit_assignment_changes_the_users_scope()
    {
        var email = DemoAccounts.Teamleitung("VEL-MI");
        var before = await ScopeAsync(email);
        var hil = (await LoadAsync()).Find("HIL-MI")!;
        before.CanEditFigures(hil.Id).ShouldBeFalse();
        (await ScopeAsync(email)).ShouldBeSameAs(before, "nothing changed: the scope is kept");

        await ChangeAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == email, Ct);
            db.UserOrgUnits.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = hil.Id });
        });
        (await ScopeAsync(email)).CanEditFigures(hil.Id).ShouldBeTrue("the team was assigned");

        await ChangeAsync(async db => db.UserOrgUnits.Remove(await db.UserOrgUnits
            .SingleAsync(a => a.OrgUnitId == hil.Id && db.Users.Any(u => u.Id == a.UserId && u.UserName == email), Ct)));
        (await ScopeAsync(email)).CanEditFigures(hil.Id).ShouldBeFalse("the assignment was taken away");
    }

    [Fact]
    public async Task A_saved_figure_is_read_by_the_next_api_request_and_a_save_of_another_year_keeps_the_window()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await ActualAsync(gf);
        var window = await WindowAsync();

        // A figure of 2016 (not in the window of 2013–2015): this instance knows what it wrote, the window stays.
        await PutAsync(gf, "2016-01", 5);
        (await WindowAsync()).ShouldBeSameAs(window, "a save of 2016 changes nothing of 2013–2015");

        // A figure of May 2015 (submitted in the demo data): the next request reads the new value.
        await PutAsync(gf, "2015-05", 9_999);
        (await WindowAsync()).ShouldNotBeSameAs(window);
        (await ActualAsync(gf)).ShouldNotBe(before, "the saved figure counts in the next answer");
    }

    private async Task<FigureWindow> WindowAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureQueries>().LoadWindowAsync(2013, 2015, Ct);
    }

    private static async Task<decimal> ActualAsync(HttpClient client)
    {
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/attainment?unit=VEL-MI&year=2015&month=5", Ct);
        return answer.GetProperty("indicators").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "EQ").GetProperty("actual").GetDecimal();
    }

    private static async Task PutAsync(HttpClient client, string month, int value)
    {
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actuals?unit=VEL-MI&year={month[..4]}", Ct);
        var version = stored.EnumerateArray()
            .Where(r => r.GetProperty("month").GetString() == month && r.GetProperty("indicator").GetString() == "EQ"
                && r.GetProperty("component").GetString() == "AUS")
            .Select(r => r.GetProperty("version").GetString()).SingleOrDefault();
        var response = await client.PutAsJsonAsync($"/api/v1/actuals/VEL-MI/EQ/AUS/{month}",
            new { value, version, confirm = true, reason = "Test des Zwischenspeichers" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<UserScope> ScopeAsync(string email)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, Roles.Teamleitung)], "test"));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserScopeService>().GetAsync(principal, Ct);
    }
}
