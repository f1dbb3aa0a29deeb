// .editorconfig marks **/Migrations/** as generated code (nullable off there): switch it back on.
#nullable enable
using MeAktiv.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Migrations;

/// <summary>The SQLite migrations build the whole model on an empty database file, and match the model.</summary>
public sealed class SqliteMigrationTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"meaktiv-migr-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrations_apply_to_an_empty_file_and_leave_no_pending_model_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = CreateContext();

        await db.Database.MigrateAsync(ct);

        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(ct)).ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the model differs from the SQLite snapshot: run 'dotnet ef migrations add' for MeAktiv.Migrations.Sqlite");
        (await db.MonthlyValues.CountAsync(ct)).ShouldBe(0);
        (await db.OrgUnits.CountAsync(ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var first = CreateContext())
        {
            await first.Database.MigrateAsync(ct);
        }

        await using var second = CreateContext();
        await second.Database.MigrateAsync(ct);

        (await second.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    private AppDbContext CreateContext() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite($"Data Source={_path}", x => x.MigrationsAssembly(DatabaseProvider.SqliteMigrationsAssembly))
        .Options);
}
