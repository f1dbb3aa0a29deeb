using System.Net;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Operations;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// Issue 17, finding 5: <c>restore</c> run while the app served writes moved the live file away; writes acknowledged
/// before and after were lost, even from the safety copy. Now the running app holds the database's lease and the
/// restore (the real command, a second process) refuses without touching anything; both acknowledged writes stay.
/// </summary>
public sealed class RestoreWhileRunningTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task Restore_refuses_while_the_app_runs_and_no_acknowledged_write_is_lost()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("meaktiv-restore-running-");
        try
        {
            var inputs = await SqliteDurabilityTests.InputsAsync(app.DatabasePath, 2, 2016);
            using var api = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
            var backup = Path.Combine(folder.FullName, "sicherung.db");
            await SqliteBackup.BackupAsync(app.DatabasePath, backup, ct);

            var before = inputs[0];
            (await api.PutAsync(Route(before), new { value = 111 })).StatusCode.ShouldBe(HttpStatusCode.OK);

            var (exit, output) = await AppProcess.RunCommandAsync(app.DatabasePath, "restore", backup);

            exit.ShouldBe(2, output);
            output.ShouldContain("ME-aktiv läuft noch");
            var after = inputs[1];
            (await api.PutAsync(Route(after), new { value = 112 })).StatusCode.ShouldBe(HttpStatusCode.OK);
            Directory.GetFiles(Path.GetDirectoryName(app.DatabasePath)!,
                Path.GetFileName(app.DatabasePath) + ".vor-wiederherstellung-*").ShouldBeEmpty("nothing was moved");
            var figures = await FigureFile.FiguresAsync(app.DatabasePath);
            figures[Key(before)].Value.ShouldBe(111);
            figures[Key(after)].Value.ShouldBe(112);
            (await api.ActualAsync(after.Unit, Month(after), after.Indicator, after.Component)).GetProperty("value").GetDecimal().ShouldBe(112);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_app_does_not_start_while_a_restore_holds_the_database_and_starts_once_it_is_done()
    {
        var folder = Directory.CreateTempSubdirectory("meaktiv-restore-start-");
        var database = Path.Combine(folder.FullName, "me-aktiv.db");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = DatabaseProvider.Sqlite,
                ["ConnectionStrings:MeAktiv"] = $"Data Source={database}",
            }).Build();
            using (SqliteLease.TryExclusive(database).ShouldNotBeNull())
            {
                SqliteLease.TryShared(database).ShouldBeNull("a restore excludes every app");
                await using var services = new ServiceCollection().AddMeAktivData(configuration).BuildServiceProvider();
                var error = Should.Throw<ConfigurationErrorException>(() => services.GetRequiredService<DatabaseLease>().Acquire());
                error.Message.ShouldContain("wird gerade wiederhergestellt");
            }

            await using var started = new AppOn(database);
            await started.InitializeAsync();
            using var client = started.CreateClient();
            (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
            SqliteLease.TryExclusive(database).ShouldBeNull("the running app holds the lease");
            using var second = SqliteLease.TryShared(database);
            second.ShouldNotBeNull("a second app process may share it");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string Month(FigureInput input) => $"{input.Year:D4}-{input.Month:D2}";

    private static string Route(FigureInput input) => $"{input.Unit}/{input.Indicator}/{input.Component}/{Month(input)}";

    private static string Key(FigureInput input) => FigureFile.Key(input.Unit, input.Indicator, input.Component, Month(input));

    private sealed class AppOn(string database) : MeAktivAppFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.UseSetting("ConnectionStrings:MeAktiv", $"Data Source={database}");
    }
}
