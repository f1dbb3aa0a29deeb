using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Users;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Users;

/// <summary>
/// User administration on real SQLite: create, deactivate/reactivate, rights, password reset, each audited in the same
/// transaction; refusals change nothing. Own app: it changes accounts.
/// </summary>
public sealed class UserAdministrationTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string NewPassword = "Neu!2016x";

    [Fact]
    public async Task A_new_teamleitung_can_sign_in_sees_its_team_and_the_creation_is_audited()
    {
        var email = "neu.tl@jobcenter.example";

        var result = await RunAsync(s => s.CreateAsync(Admin(), new NewUser(email, "Neue Teamleitung", Roles.Teamleitung, ["hil-mi"], NewPassword)));

        result.Errors.ShouldBeEmpty();
        (await VisibleTeamsAsync(email, NewPassword)).ShouldBe(["HIL-MI"]);
        var audit = (await AuditAsync(email)).ShouldHaveSingleItem();
        audit.User.ShouldBe(DemoAccounts.Administration);
        audit.Action.ShouldBe("Angelegt");
        audit.NewValues!.ShouldContain("\"HIL-MI\"");
        audit.NewValues!.ShouldNotContain(NewPassword);
    }

    [Theory]
    [InlineData("kurz!1A", Roles.Teamleitung, "HIL-MI", "mindestens 8 Zeichen")]
    [InlineData("ohneziffer!A", Roles.Teamleitung, "HIL-MI", "Ziffer")]
    [InlineData(NewPassword, Roles.Teamleitung, "GS-HIL", "kein Team")]
    [InlineData(NewPassword, Roles.Teamleitung, "", "mindestens eine Einheit")]
    [InlineData(NewPassword, Roles.Geschaeftsfuehrung, "HIL-MI", "keine Einheit zuordnen")]
    [InlineData(NewPassword, Roles.Teamleitung, "XX-99", "gibt es nicht")]
    public async Task Bad_input_is_refused_in_German_and_nothing_is_stored(string password, string role, string unit, string message)
    {
        var email = $"falsch-{Guid.NewGuid():N}@jobcenter.example";

        var result = await RunAsync(s => s.CreateAsync(Admin(), new NewUser(email, "Falsch", role, unit.Length > 0 ? [unit] : [], password)));

        result.Ok.ShouldBeFalse();
        string.Join(" ", result.Errors).ShouldContain(message);
        await using var db = Db();
        (await db.Users.AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await AuditAsync(email)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_until_it_is_reactivated()
    {
        var email = DemoAccounts.Teamleitung("MET-JO");
        var id = await IdOfAsync(email);
        using var session = await app.CreateApiClientAsync(email); // a token issued before the deactivation
        (await session.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await RunAsync(s => s.SetActiveAsync(Admin(), id, active: false))).Ok.ShouldBeTrue();
        (await LoginStatusAsync(email, DemoAccounts.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        using var stale = await session.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Text("title").ShouldBe("Nicht angemeldet");
        (await ListAsync()).Single(u => u.Email == email).State.ShouldBe(UserState.Deaktiviert);

        (await RunAsync(s => s.SetActiveAsync(Admin(), id, active: true))).Ok.ShouldBeTrue();
        (await LoginStatusAsync(email, DemoAccounts.Password)).ShouldBe(HttpStatusCode.OK);
        (await AuditAsync(email)).Select(a => a.Action).ShouldBe(["Deaktiviert", "Reaktiviert"]);
    }

    [Fact]
    public async Task Changed_rights_change_what_the_user_sees_and_are_audited_with_before_and_after()
    {
        var email = DemoAccounts.Teamleitung("MET-AGS");
        var id = await IdOfAsync(email);

        var result = await RunAsync(s => s.SetRightsAsync(Admin(), id, Roles.Teamleitung, ["ERK-MI", "ERK-LG"]));

        result.Errors.ShouldBeEmpty();
        (await VisibleTeamsAsync(email, DemoAccounts.Password)).ShouldBe(["ERK-LG", "ERK-MI"], ignoreOrder: true);
        var audit = (await AuditAsync(email)).ShouldHaveSingleItem();
        audit.Action.ShouldBe("Rechte geändert");
        audit.OldValues!.ShouldContain("MET-AGS");
        audit.NewValues!.ShouldContain("ERK-MI");
    }

    [Fact]
    public async Task A_password_reset_replaces_the_old_password_with_a_temporary_one_that_must_be_changed()
    {
        var email = DemoAccounts.Teamleitung("LAN-IK");

        (await RunAsync(async s => await s.ResetPasswordAsync(Admin(), await IdOfAsync(email), NewPassword))).Errors.ShouldBeEmpty();

        (await LoginStatusAsync(email, DemoAccounts.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginStatusAsync(email, NewPassword)).ShouldBe(HttpStatusCode.OK);
        using var api = await app.CreateApiClientAsync(email, NewPassword);
        (await api.GetAsync("/api/v1/org-units", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "nothing but the password change until it is changed");
        (await ListAsync()).Single(u => u.Email == email).PasswordChangeRequired.ShouldBeTrue();
        var audit = (await AuditAsync(email)).ShouldHaveSingleItem();
        audit.Action.ShouldBe("Passwort zurückgesetzt");
        audit.NewValues!.ShouldContain("Passwortänderung erforderlich");
        audit.NewValues!.ShouldNotContain(NewPassword);
    }

    [Fact]
    public async Task Only_the_administration_may_change_accounts_and_nobody_deactivates_or_demotes_themselves()
    {
        var email = DemoAccounts.Teamleitung("LAN-LG");
        var id = await IdOfAsync(email);
        var gf = Scope(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);

        (await RunAsync(s => s.SetActiveAsync(gf, id, active: false))).Errors.ShouldBe(["Nur die Administration darf Konten verwalten."]);
        (await RunAsync(s => s.ListAsync(gf))).ShouldBeNull();
        var adminId = await IdOfAsync(DemoAccounts.Administration);
        (await RunAsync(s => s.SetActiveAsync(Admin(), adminId, active: false))).Errors.ShouldBe(["Das eigene Konto kann nicht deaktiviert werden."]);
        (await RunAsync(s => s.SetRightsAsync(Admin(), adminId, Roles.Traeger, []))).Ok.ShouldBeFalse();

        (await LoginStatusAsync(email, DemoAccounts.Password)).ShouldBe(HttpStatusCode.OK);
        (await AuditAsync(email)).ShouldBeEmpty();
        (await AuditAsync(DemoAccounts.Administration)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_active_account_whose_units_are_all_closed_is_marked_Einheit_aufgeloest()
    {
        var users = await ListAsync();

        var closed = users.Single(u => u.Email == DemoAccounts.Teamleitung("ERK-LG"));
        (closed.State, closed.UnitsClosed).ShouldBe((UserState.Aktiv, true), "ERK-LG closed on 31.03.2015");
        users.Single(u => u.Email == DemoAccounts.Teamleitung("VEL-MI")).UnitsClosed.ShouldBeFalse();
        users.Single(u => u.Email == DemoAccounts.Administration).UnitsClosed.ShouldBeFalse("an account without units is not marked");
    }

    private static UserScope Admin() => Scope(DemoAccounts.Administration, Roles.Administration);

    private static UserScope Scope(string user, string role) =>
        new(user, new HashSet<string> { role }, new HashSet<int>(), new HashSet<int>());

    private async Task<T> RunAsync<T>(Func<UserAdministrationService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserAdministrationService>());
    }

    private Task<IReadOnlyList<UserRow>> ListAsync() => RunAsync(async s => (await s.ListAsync(Admin())).ShouldNotBeNull());

    private AppDbContext Db() => app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<Core.Domain.AuditEntry>> AuditAsync(string email)
    {
        await using var db = Db();
        return await db.AuditEntries.Where(a => a.EntityType == UserAdministrationService.AuditType && a.EntityKey == email)
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<HttpStatusCode> LoginStatusAsync(string email, string password)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<List<string>> VisibleTeamsAsync(string email, string password)
    {
        using var client = await app.CreateApiClientAsync(email, password);
        var units = await client.GetFromJsonAsync<List<OrgUnitResponse>>("/api/v1/org-units", TestContext.Current.CancellationToken);
        return units.ShouldNotBeNull().Where(u => u.Kind == "Team").Select(u => u.Code).ToList();
    }
}
