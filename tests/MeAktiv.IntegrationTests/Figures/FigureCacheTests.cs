using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>Whole years of figures are kept in memory only while no save has raised the figures' stamp.</summary>
public sealed class FigureCacheTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<FigureRow>> LoadYearsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureQueries>().LoadAsync(2014, 2015, Ct);
    }

    private async Task<SaveOutcome> SaveAsTeamLeadAsync(decimal value)
    {
        var user = await app.ScopeAsync(DemoAccounts.Teamleitung("VEL-MI"), Roles.Teamleitung);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureEntryService>()
            .SaveAsync(user, [new FigureInput("VEL-MI", "EQ", "AUS", 2015, 7, value, null)], ct: Ct);
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
        after.Count.ShouldBe(first.Count + 1);
        after.Where(r => r is { Indicator: "EQ", Component: "AUS", Year: 2015, Month: 7 } && r.Value == 7).ShouldHaveSingleItem();
    }
}
