using System.Net;
using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Import;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.SqlServer;

/// <summary>
/// Opt-in (<see cref="SqlServerTarget.Variable"/>): the import on SQL Server, where new figures go through EF (batched
/// inserts, audit entries by the interceptor) instead of SQLite's prepared bulk insert: every row stored with its
/// audit entry, a file with one bad row stores nothing, and an import cancelled while it writes leaves the database
/// as it was.
/// </summary>
public sealed class SqlServerImportTests(SqlServerAppFactory app) : IClassFixture<SqlServerAppFactory>
{
    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task A_CSV_import_stores_every_row_with_one_audit_entry_each()
    {
        var lines = await ValidRows.GenerateAsync(app, 2_500, u => u.StartsWith("VEL", StringComparison.Ordinal));
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await FigureState.ReadAsync(app);

        var response = await gf.PostImportAsync("gross.csv", ImportFiles.CsvLines(lines));

        (await response.CountsAsync()).ShouldBe((2_500, 2_500, 0, 0));
        var after = await FigureState.ReadAsync(app);
        (after.Figures, after.AuditEntries).ShouldBe((before.Figures + 2_500, before.AuditEntries + 2_500));

        // The same file again changes nothing and writes no history.
        (await (await gf.PostImportAsync("gross.csv", ImportFiles.CsvLines(lines))).CountsAsync()).ShouldBe((2_500, 0, 0, 2_500));
        (await FigureState.ReadAsync(app)).ShouldBe(after);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task A_file_with_one_bad_row_stores_nothing()
    {
        var lines = await ValidRows.GenerateAsync(app, 1_000, u => u.StartsWith("HIL", StringComparison.Ordinal));
        lines.Add("2016-08;HIL-MI;K2;INT;viele");
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await FigureState.ReadAsync(app);

        var response = await gf.PostImportAsync("fehler.csv", ImportFiles.CsvLines(lines));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors().ShouldContain(e => e.Row == lines.Count + 1);
        (await FigureState.ReadAsync(app)).ShouldBe(before);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task An_import_cancelled_while_it_writes_leaves_the_database_unchanged()
    {
        var file = ImportFiles.CsvLines(await ValidRows.GenerateAsync(app, 4_000,
            u => u.StartsWith("LAN", StringComparison.Ordinal) || u.StartsWith("RAT", StringComparison.Ordinal)));
        var before = await FigureState.ReadAsync(app);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        app.Interceptor.Arm(cancel, atCommand: 10); // 10 batched INSERT commands are in the import's transaction
        try
        {
            await Should.ThrowAsync<OperationCanceledException>(() => app.ImportAsGfAsync(file, cancel.Token));
        }
        finally
        {
            app.Interceptor.Disarm();
        }

        app.Interceptor.Commands.ShouldBe(10);
        (await FigureState.ReadAsync(app)).ShouldBe(before);

        // Nothing was left locked or half-open: the same file imports completely afterwards.
        var result = await app.ImportAsGfAsync(file, TestContext.Current.CancellationToken);
        (result.Status, result.New).ShouldBe((ImportStatus.Ok, 4_000));
        (await FigureState.ReadAsync(app)).Figures.ShouldBe(before.Figures + 4_000);
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task The_app_writes_through_the_SQL_Server_provider()
    {
        // The figure store takes SQLite's bulk insert only when IsSqlite(); here it must take EF's batched path.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Database.IsSqlServer().ShouldBeTrue();
        db.Database.IsSqlite().ShouldBeFalse();
    }
}
