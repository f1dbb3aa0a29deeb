using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>Whole years of figures are kept in memory only while no save or month state change has raised the
/// figures' stamp; only figures of submitted or closed months count, drafts are kept apart.</summary>
public sealed class FigureCacheTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<FigureWindow> LoadYearsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureQueries>().LoadWindowAsync(2014, 2015, Ct);
    }

    private async Task<SaveOutcome> SaveAsTeamLeadAsync(decimal value, string unit = "VEL-MI")
    {
        var user = await app.ScopeAsync(DemoAccounts.Teamleitung(unit), Roles.Teamleitung);
        await using var scope = app.Services.CreateAsyncScope();
        var month = unit == "VEL-MI" ? 7 : 8;
        return await scope.ServiceProvider.GetRequiredService<FigureEntryService>()
            .SaveAsync(user, [new FigureInput(unit, "EQ", "AUS", 2015, month, value, null)], ct: Ct);
    }

    [Fact]
    public async Task A_save_makes_the_next_load_read_the_new_figure_and_a_refused_save_keeps_the_cached_years()
    {
        var first = await LoadYearsAsync();
        (await LoadYearsAsync()).ShouldBeSameAs(first, "unchanged figures: the second load is served from memory");

        (await SaveAsTeamLeadAsync(-1)).Status.ShouldBe(SaveStatus.Invalid);
        (await LoadYearsAsync()).ShouldBeSameAs(first, "a refused save writes nothing and raises no stamp");

        (await SaveAsTeamLeadAsync(7)).Status.ShouldBe(SaveStatus.Saved);
        var after = await LoadYearsAsync();

        after.ShouldNotBeSameAs(first);
        // July of VEL-MI is in Entwurf: the new figure is kept among the drafts and counts nowhere yet (docs/kennzahlen.md,
        // "Datenstand"; before, drafts counted and the rows grew by one).
        after.Rows.Count.ShouldBe(first.Rows.Count);
        after.Drafts.Count.ShouldBe(first.Drafts.Count + 1);
        after.Drafts.Where(r => r is { Indicator: "EQ", Component: "AUS", Year: 2015, Month: 7 } && r.Value == 7).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_month_state_change_raises_the_stamp_and_the_submitted_figures_count()
    {
        (await SaveAsTeamLeadAsync(8, unit: "HIL-MI")).Status.ShouldBe(SaveStatus.Saved);
        var before = await LoadYearsAsync();
        (await LoadYearsAsync()).ShouldBeSameAs(before);

        var tl = await app.ScopeAsync(DemoAccounts.Teamleitung("HIL-MI"), Roles.Teamleitung);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MonthWorkflowService>().SubmitAsync(tl, "HIL-MI", 2015, 8, Ct)).Ok.ShouldBeTrue();
        }

        var after = await LoadYearsAsync();
        after.ShouldNotBeSameAs(before, "submitting raised the stamp");
        after.Rows.Where(r => r is { Indicator: "EQ", Component: "AUS", Year: 2015, Month: 8 } && r.Value == 8).ShouldHaveSingleItem();
        after.Drafts.ShouldNotContain(r => r.Year == 2015 && r.Month == 8);
        after.States.ShouldContain(s => s.Year == 2015 && s.Month == 8 && s.State == MonthState.Eingereicht);
    }
}
