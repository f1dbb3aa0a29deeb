using System.Globalization;
using MeAktiv.Core.Data;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.SqlServer;

/// <summary>
/// Opt-in (<see cref="SqlServerTarget.Variable"/>): the SQL Server migrations applied by the app's own start-up to an
/// empty database, no model change without a migration, and the seeding: the same reference and demo data as on
/// SQLite, and a second start that changes nothing.
/// </summary>
public sealed class SqlServerDatabaseTests(SqlServerAppFactory app) : IClassFixture<SqlServerAppFactory>
{
    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task Every_migration_is_applied_and_the_model_has_no_pending_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await CreateContextAsync(app);

        db.Database.IsSqlServer().ShouldBeTrue();
        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(ct)).ShouldBe(db.Database.GetMigrations());
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model differs from the SQL Server migrations");
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task The_seeded_database_holds_the_same_reference_and_demo_data_as_on_SQLite()
    {
        await using var sqlite = new MeAktivAppFactory();
        await sqlite.InitializeAsync();

        var expected = await SnapshotAsync(sqlite);
        var actual = await SnapshotAsync(app);

        actual.Counts.ShouldBe(expected.Counts);
        actual.Figures.Count.ShouldBeGreaterThan(0);
        actual.Figures.ShouldBe(expected.Figures, "every demo figure with the same value (decimal(18,4) on SQL Server)");
    }

    [Fact(Skip = SqlServerTarget.SkipReason, SkipUnless = nameof(SqlServerTarget.IsConfigured), SkipType = typeof(SqlServerTarget))]
    public async Task A_second_start_on_the_same_database_changes_nothing()
    {
        var before = await SnapshotAsync(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        }

        var after = await SnapshotAsync(app);
        after.Counts.ShouldBe(before.Counts);
        after.Figures.ShouldBe(before.Figures);
    }

    private static async Task<AppDbContext> CreateContextAsync(MeAktivAppFactory factory) =>
        await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    /// <summary>Row counts of the seeded tables and every figure as "unit|indicator|component|yyyy-MM=value" (by codes, not ids).</summary>
    private static async Task<(string Counts, List<string> Figures)> SnapshotAsync(MeAktivAppFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await CreateContextAsync(factory);
        var counts = string.Join(", ",
            $"units {await db.OrgUnits.CountAsync(ct)}",
            $"indicators {await db.Indicators.CountAsync(ct)}",
            $"components {await db.IndicatorComponents.CountAsync(ct)}",
            $"targets {await db.Targets.CountAsync(ct)}",
            $"duties {await db.ReportingDuties.CountAsync(ct)}",
            $"month states {await db.MonthStatuses.CountAsync(ct)}",
            $"users {await db.Users.CountAsync(ct)}",
            $"figures {await db.MonthlyValues.CountAsync(ct)}");
        var figures = (await db.MonthlyValues.AsNoTracking()
                .Select(v => new { Unit = v.OrgUnit!.Code, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Code, v.Year, v.Month, v.Value })
                .ToListAsync(ct))
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Unit}|{v.Indicator}|{v.Component}|{v.Year}-{v.Month:D2}={v.Value:0.####}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (counts, figures);
    }
}
