using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>Stadtscharf figures (component = city) are accepted only from the Geschäftsstelle that serves the city then.</summary>
public sealed class CityFigureRuleTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private async Task<SaveOutcome> SaveAsync(params FigureInput[] inputs)
    {
        var user = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureEntryService>()
            .SaveAsync(user, inputs, ct: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_city_figure_from_a_site_that_does_not_serve_the_city_is_refused_and_nothing_of_the_batch_is_stored()
    {
        var before = await app.CountsAsync();

        var refused = await SaveAsync(
            new FigureInput("GS-MET", "16A-2", "ERK", 2016, 1, 4, null),  // Mettmann serves Erkrath since 01.04.2015
            new FigureInput("GS-VEL", "16A-2", "ERK", 2016, 1, 3, null)); // Velbert never did

        refused.Status.ShouldBe(SaveStatus.Invalid);
        var error = refused.Errors.ShouldHaveSingleItem();
        (error.Index, error.Field).ShouldBe((1, "Komponente"));
        error.Message.ShouldContain("nicht für die Stadt 'ERK' zuständig");
        (await app.CountsAsync()).ShouldBe(before);

        (await SaveAsync(new FigureInput("GS-MET", "16A-2", "ERK", 2016, 1, 4, null))).Status.ShouldBe(SaveStatus.Saved);
        (await SaveAsync(new FigureInput("GS-MET", "16A-2", "ERK", 2015, 3, 4, null))).Errors.ShouldHaveSingleItem()
            .Message.ShouldContain("2015-03"); // before the merger Erkrath had its own Geschäftsstelle
    }
}
