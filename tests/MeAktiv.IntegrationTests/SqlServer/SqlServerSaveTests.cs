using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.SqlServer;

/// <summary>
/// Opt-in (<see cref="SqlServerTarget.Variable"/>): the save path and its conflict handling through
/// <c>PUT /api/v1/actuals</c> on SQL Server: a save with its audit entry and the figures' stamp in one transaction,
/// the version check (409 with the stored value), and concurrent saves of one figure with exactly one winner, for a
/// stored figure (the UPDATE's version check) and for a new one (the unique index).
/// </summary>
public sealed class SqlServerSaveTests(SqlServerAppFactory app) : IClassFixture<SqlServerAppFactory>
{
    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task A_save_stores_the_value_a_new_version_one_audit_entry_and_raises_the_figures_stamp()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var before = await tl.ActualAsync("VEL-MI", "2015-06", "K2", "INT");
        var (_, auditBefore, _) = await app.CountsAsync();
        var stampBefore = await StampAsync();

        var response = await tl.PutAsync("VEL-MI/K2/INT/2015-06", new { value = 91, version = before.GetProperty("version").GetString() });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var after = await tl.ActualAsync("VEL-MI", "2015-06", "K2", "INT");
        after.GetProperty("value").GetDecimal().ShouldBe(91m);
        after.GetProperty("version").GetString().ShouldBe(saved.GetProperty("version").GetString());
        after.GetProperty("version").GetString().ShouldNotBe(before.GetProperty("version").GetString());
        (await app.CountsAsync()).Audit.ShouldBe(auditBefore + 1);
        (await StampAsync()).ShouldBeGreaterThan(stampBefore);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task A_stale_version_gets_409_with_the_stored_value_and_changes_nothing()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-MI"));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var seen = (await tl.ActualAsync("HIL-MI", "2015-06", "K2", "INT")).GetProperty("version").GetString();
        (await gf.PutAsync("HIL-MI/K2/INT/2015-06", new { value = 55, version = seen })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await app.CountsAsync();

        var stale = await tl.PutAsync("HIL-MI/K2/INT/2015-06", new { value = 66, version = seen });

        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("storedValue").GetDecimal().ShouldBe(55m);
        problem.Text("updatedBy").ShouldBe(DemoAccounts.Geschaeftsfuehrung);
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task Concurrent_saves_of_one_stored_figure_with_the_same_version_have_exactly_one_winner()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("LAN-MI"));
        var seen = (await tl.ActualAsync("LAN-MI", "2015-06", "K2", "INT")).GetProperty("version").GetString();
        var before = await app.CountsAsync();

        var winner = (await tl.PutConcurrentlyWithOneWinnerAsync("LAN-MI/K2/INT/2015-06", i => new { value = 100 + i, version = seen }))
            .GetProperty("value").GetDecimal();

        (await tl.ActualAsync("LAN-MI", "2015-06", "K2", "INT")).GetProperty("value").GetDecimal().ShouldBe(winner);
        (await app.CountsAsync()).Audit.ShouldBe(before.Audit + 1);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task Concurrent_first_saves_of_one_new_figure_have_exactly_one_winner()
    {
        // EF's batched insert meets the unique index (SQL Server error 2601, "duplicate key").
        await app.ShouldStoreOneOfConcurrentFirstSavesAsync("MET-MI");
    }

    private async Task<long> StampAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await FigureCache.ReadStampAsync(db, TestContext.Current.CancellationToken);
    }
}
