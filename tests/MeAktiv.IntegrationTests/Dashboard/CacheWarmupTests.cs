using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Dashboard;

/// <summary>The app with the cache warm-up on (<c>Performance:WarmUp</c>, the production default).</summary>
public sealed class WarmedAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Performance:WarmUp", "true");
}

/// <summary>
/// After the start the warm-up loads the year the overview opens with (<see cref="CacheWarmup"/>): the first dashboard
/// load only reads the stamps.
/// </summary>
public sealed class CacheWarmupTests(WarmedAppFactory app) : IClassFixture<WarmedAppFactory>
{
    [Fact]
    public async Task The_first_dashboard_after_the_start_finds_its_data_in_memory()
    {
        var ct = TestContext.Current.CancellationToken;
        await app.Services.GetRequiredService<CacheWarmup>().Done.WaitAsync(TimeSpan.FromMinutes(5), ct);
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        using var counter = new CommandCounter();
        await using var scope = app.Services.CreateAsyncScope();

        var warm = await counter.CountAsync(() => scope.ServiceProvider.GetRequiredService<AttainmentQueries>().LoadOrganisationAsync(2015, 2015, ct));

        warm.ShouldBe(1, "both stamps, nothing else: the warm-up loaded the demo data's latest year, 2015");
        var overview = await scope.ServiceProvider.GetRequiredService<DashboardService>().OverviewAsync(gf, "JC", 2015, 5, ct);
        overview.Cards.ShouldNotBeEmpty();
    }
}
