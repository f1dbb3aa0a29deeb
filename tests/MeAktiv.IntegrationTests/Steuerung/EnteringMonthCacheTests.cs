using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Dashboard;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>
/// The reference day's months are kept behind the stamps (<see cref="EnteringMonthCache"/>): a request after the first
/// reads the stamps only, and a month workflow step (it raises the figures' stamp) is seen by the next request. Own app:
/// it reopens a month of the Jobcenter's latest complete one.
/// </summary>
public sealed class EnteringMonthCacheTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_request_reads_only_the_stamps_and_a_reopened_month_moves_the_stand_at_once()
    {
        using var counter = new CommandCounter();
        DateOnly first = default, second = default;
        var cold = await counter.CountAsync(async () => first = await ReferenceDayAsync());
        var warm = await counter.CountAsync(async () => second = await ReferenceDayAsync());

        first.ShouldBe(new DateOnly(2015, 7, 31), "demo: complete up to 05/2015, June being entered");
        second.ShouldBe(first);
        cold.ShouldBeGreaterThan(1, "the first request loads units, duties and month states");
        warm.ShouldBe(1, "a later request reads the stamps only");

        // May back to the team: the Jobcenter's latest complete month is April, May is being entered again.
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<MonthWorkflowService>();
            await workflow.CloseAsync(gf, "VEL-MI", 2015, 5, confirm: true, ct: Ct); // closed already in the demo, or now
            (await workflow.ReopenAsync(gf, "VEL-MI", 2015, 5, "Korrektur laut BA-Statistik", Ct)).Ok.ShouldBeTrue();
        }

        (await ReferenceDayAsync()).ShouldBe(new DateOnly(2015, 6, 30), "the reopened May is being entered again");
        (await LatestCompleteAsync()).ShouldBe(new MeAktiv.Core.Domain.YearMonth(2015, 4));
    }

    private async Task<DateOnly> ReferenceDayAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SteuerungCalendar>().ReferenceDayAsync(Ct);
    }

    private async Task<MeAktiv.Core.Domain.YearMonth?> LatestCompleteAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SteuerungCalendar>().LatestCompleteMonthAsync(Ct);
    }
}
