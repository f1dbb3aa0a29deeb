using System.Security.Claims;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>The save service the Erfassung grid uses, on real SQLite: rights and no lost update under a race.</summary>
public sealed class FigureEntryServiceTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private async Task<UserScope> ScopeAsync(string email, string role)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test"));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserScopeService>().GetAsync(principal, TestContext.Current.CancellationToken);
    }

    private async Task<SaveOutcome> SaveAsync(UserScope user, params FigureInput[] inputs)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureEntryService>()
            .SaveAsync(user, inputs, ct: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_grid_service_refuses_another_teams_figures_and_stores_nothing_of_the_batch()
    {
        var tl = await ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung);
        var before = await app.CountsAsync();

        var outcome = await SaveAsync(tl,
            new FigureInput("VEL-MI", "EQ", "AUS", 2015, 6, 3, null),
            new FigureInput("HIL-MI", "EQ", "AUS", 2015, 6, 3, null));

        outcome.Status.ShouldBe(SaveStatus.Forbidden);
        outcome.Errors.ShouldHaveSingleItem().Index.ShouldBe(1);
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Refused_rights_and_broken_rules_are_reported_together_so_every_bad_input_is_listed()
    {
        var tl = await ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung);

        var outcome = await SaveAsync(tl,
            new FigureInput("VEL-MI", "EQ", "AUS", 2015, 6, -3, null),
            new FigureInput("HIL-MI", "EQ", "AUS", 2015, 6, 3, null));

        outcome.Status.ShouldBe(SaveStatus.Forbidden);
        outcome.Errors.Select(e => (e.Index, e.Field)).ShouldBe([(1, "Einheit"), (0, "Wert")]);
    }

    [Fact]
    public async Task Repeated_figures_are_found_whatever_the_case_of_their_codes_and_listed_by_the_figure_they_repeat()
    {
        var gf = await ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var before = await app.CountsAsync();

        var outcome = await SaveAsync(gf,
            new FigureInput("VEL-MI", "K2", "INT", 2015, 6, 30, null),
            new FigureInput("HIL-MI", "K2", "INT", 2015, 6, 20, null),
            new FigureInput("hil-mi", "k2", "int", 2015, 6, 20, null),
            new FigureInput("vel-mi", "K2", "Int", 2015, 6, 30, null),
            new FigureInput("VEL-MI", "K2", "INT", 2015, 7, 30, null));

        outcome.Status.ShouldBe(SaveStatus.Invalid);
        // Grouped by the figure repeated (VEL-MI's first), as they were before the check used ids instead of text.
        outcome.Errors.Select(e => (e.Index, e.Field, e.Message)).ShouldBe(
            [(3, "Wert", "Dieser Wert steht mehrfach in der Eingabe."), (2, "Wert", "Dieser Wert steht mehrfach in der Eingabe.")]);
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Two_people_saving_the_same_figure_at_once_lose_no_update()
    {
        var gf = await ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var bl = await ScopeAsync(DemoAccounts.Bereichsleitung, Roles.Bereichsleitung);
        using var api = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var seen = Guid.Parse((await api.ActualAsync("LAN-MI", "2015-06", "K2", "INT")).GetProperty("version").GetString()!);
        var (_, auditBefore, _) = await app.CountsAsync();

        var results = await Task.WhenAll(
            Task.Run(() => SaveAsync(gf, new FigureInput("LAN-MI", "K2", "INT", 2015, 6, 91, seen)), TestContext.Current.CancellationToken),
            Task.Run(() => SaveAsync(bl, new FigureInput("LAN-MI", "K2", "INT", 2015, 6, 99, seen)), TestContext.Current.CancellationToken));

        results.Count(r => r.Status == SaveStatus.Saved).ShouldBe(1);
        var loser = results.Single(r => r.Status == SaveStatus.Conflict);
        var winner = results.Single(r => r.Status == SaveStatus.Saved);
        loser.Conflicts.ShouldHaveSingleItem().StoredValue.ShouldBe(winner.Saved[0].Value);
        (await api.ActualAsync("LAN-MI", "2015-06", "K2", "INT")).GetProperty("value").GetDecimal().ShouldBe(winner.Saved[0].Value);
        (await app.CountsAsync()).Audit.ShouldBe(auditBefore + 1);
    }
}
