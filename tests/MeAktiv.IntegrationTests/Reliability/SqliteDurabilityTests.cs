using System.Diagnostics;
using System.Security.Claims;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Reliability;

/// <summary>
/// SQLite as the app configures it: WAL, <c>synchronous=FULL</c>, a busy timeout on every connection, write
/// transactions that take the write lock when they begin; many saves at once all succeed (they wait, none fails busy).
/// </summary>
public sealed class SqliteDurabilityTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    [Fact]
    public async Task Every_connection_runs_in_WAL_with_synchronous_FULL_and_the_configured_busy_timeout()
    {
        await using var db = await Factory(app).CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        (await ScalarAsync(connection, "PRAGMA journal_mode")).ShouldBe("wal");
        (await ScalarAsync(connection, "PRAGMA synchronous")).ShouldBe(2L); // FULL
        (await ScalarAsync(connection, "PRAGMA busy_timeout")).ShouldBe(30_000L);
        new SqliteConnectionStringBuilder(connection.ConnectionString).DefaultTimeout.ShouldBe(30);
    }

    [Fact]
    public async Task A_write_transaction_holds_the_write_lock_from_its_begin_so_it_never_fails_on_a_lock_upgrade()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await Factory(app).CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct); // BEGIN IMMEDIATE, nothing read or written yet

        await using var other = new SqliteConnection($"{app.ConnectionString};Pooling=False;Default Timeout=1");
        await other.OpenAsync(ct);
        await ExecuteAsync(other, "PRAGMA busy_timeout=0;");
        var refused = await Should.ThrowAsync<SqliteException>(() => ExecuteAsync(other, "BEGIN IMMEDIATE;"));
        refused.SqliteErrorCode.ShouldBe(5); // SQLITE_BUSY: the EF transaction holds the write lock already
    }

    [Fact]
    public async Task Forty_saves_at_once_all_succeed_none_fails_with_a_busy_error()
    {
        var gf = await ScopeAsync(app, DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var inputs = await InputsAsync(app.DatabasePath, 40 * 5, 2016);

        var outcomes = await Task.WhenAll(inputs.Chunk(5).Select(batch => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FigureEntryService>().SaveAsync(gf, batch, ct: TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken)));

        outcomes.Select(o => o.Status).ShouldAllBe(s => s == SaveStatus.Saved);
        (await FigureFile.AuditMismatchesAsync(app.DatabasePath)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_save_waits_while_another_writer_holds_the_database_and_then_succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var gf = await ScopeAsync(app, DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var inputs = await InputsAsync(app.DatabasePath, 3, 2017);
        await using var writer = new SqliteConnection($"{app.ConnectionString};Pooling=False");
        await writer.OpenAsync(ct);
        await ExecuteAsync(writer, "BEGIN IMMEDIATE;");

        var watch = Stopwatch.StartNew();
        var save = Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FigureEntryService>().SaveAsync(gf, inputs, ct: ct);
        }, ct);
        await Task.Delay(2_000, ct);
        save.IsCompleted.ShouldBeFalse("the save waits for the other writer");
        await ExecuteAsync(writer, "COMMIT;");

        (await save).Status.ShouldBe(SaveStatus.Saved);
        watch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.9));
    }

    internal static IDbContextFactory<AppDbContext> Factory(MeAktivAppFactory app) =>
        app.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();

    internal static Task<UserScope> ScopeAsync(MeAktivAppFactory app, string email, string role) => app.ScopeAsync(email, role);

    /// <summary>New, valid figures (counts and stocks, no part/whole pair) from the given year on.</summary>
    internal static async Task<FigureInput[]> InputsAsync(string database, int count, int fromYear) =>
        (await ValidRows.GenerateAsync(database, 10_000, withoutPairs: true))
            .Where(l => l.EndsWith(";120", StringComparison.Ordinal) && int.Parse(l[..4], System.Globalization.CultureInfo.InvariantCulture) >= fromYear)
            .Take(count)
            .Select(l => l.Split(';'))
            .Select(p => new FigureInput(p[1], p[2], p[3], int.Parse(p[0][..4], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(p[0][5..], System.Globalization.CultureInfo.InvariantCulture), 120, null))
            .ToArray() is { } inputs && inputs.Length == count ? inputs : throw new InvalidOperationException("not enough figures");

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>With <c>Database:SqliteBusyTimeoutSeconds=1</c> a save gives up after about a second.</summary>
public sealed class SqliteBusyTimeoutSettingTests(SqliteBusyTimeoutSettingTests.ShortTimeoutApp app)
    : IClassFixture<SqliteBusyTimeoutSettingTests.ShortTimeoutApp>
{
    public sealed class ShortTimeoutApp : MeAktivAppFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Database:SqliteBusyTimeoutSeconds", "1");
    }

    [Fact]
    public async Task The_setting_bounds_how_long_a_save_waits_for_another_writer()
    {
        var ct = TestContext.Current.CancellationToken;
        var gf = await SqliteDurabilityTests.ScopeAsync(app, DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        var inputs = await SqliteDurabilityTests.InputsAsync(app.DatabasePath, 2, 2016);
        await using var writer = new SqliteConnection($"{app.ConnectionString};Pooling=False");
        await writer.OpenAsync(ct);
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(ct);
        }

        var watch = Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var failure = await Should.ThrowAsync<Exception>(() =>
            scope.ServiceProvider.GetRequiredService<FigureEntryService>().SaveAsync(gf, inputs, ct: ct));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8));
        var sqlite = failure as SqliteException ?? failure.InnerException as SqliteException;
        sqlite.ShouldNotBeNull(failure.ToString()).SqliteErrorCode.ShouldBe(5);
    }
}
