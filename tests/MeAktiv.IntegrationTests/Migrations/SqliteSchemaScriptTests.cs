// .editorconfig marks **/Migrations/** as generated code (nullable off there): switch it back on.
#nullable enable
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MeAktiv.IntegrationTests.Migrations;

/// <summary>
/// A new SQLite file created from the one embedded script (<see cref="SqliteSchemaScript"/>, the first start) is the
/// same as one migrated step by step — the same <c>sqlite_master</c> and the same <c>__EFMigrationsHistory</c> — later
/// migrations still apply to it, and a file that has tables is never touched.
/// </summary>
public sealed class SqliteSchemaScriptTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"meaktiv-script-{Guid.NewGuid():N}");

    /// <summary>Set to 1 to (re)write <c>src/MeAktiv.Migrations.Sqlite/SchemaScript.sql</c> from the migrations.</summary>
    private const string WriteVariable = "MEAKTIV_WRITE_SCHEMA_SCRIPT";

    [Fact]
    public async Task The_embedded_script_is_the_script_of_all_migrations()
    {
        await using var db = Context("any");
        var generated = SqliteSchemaScript.Generate(db);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1" && RepoPaths.RepoRoot is { } root)
        {
            await File.WriteAllTextAsync(Path.Combine(root, "src", "MeAktiv.Migrations.Sqlite", "SchemaScript.sql"), generated,
                TestContext.Current.CancellationToken);
            return;
        }

        var embedded = SqliteSchemaScript.Embedded(db);

        embedded.ShouldNotBeNull();
        embedded.ReplaceLineEndings("\n").ShouldBe(generated,
            $"src/MeAktiv.Migrations.Sqlite/SchemaScript.sql lags behind the migrations: run this test with {WriteVariable}=1, then rebuild");
        SqliteSchemaScript.MigrationsOf(embedded).ShouldBe(db.GetService<IMigrationsAssembly>().Migrations.Keys);
    }

    [Fact]
    public async Task A_new_file_from_the_script_equals_one_migrated_step_by_step()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scripted = Context("scripted");

        var applied = await SqliteSchemaScript.TryCreateAsync(scripted, ct: ct);

        applied.ShouldBe(scripted.GetService<IMigrationsAssembly>().Migrations.Keys);
        (await scripted.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        await ShouldEqualAStepwiseMigratedFileAsync(scripted, ct);
        scripted.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task A_later_migration_applies_to_a_file_from_the_script()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scripted = Context("scripted");
        var all = scripted.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var older = SqliteSchemaScript.Generate(scripted, toMigration: all[^2]);

        (await SqliteSchemaScript.TryCreateAsync(scripted, older, ct)).ShouldBe(all[..^1]);
        (await scripted.Database.GetPendingMigrationsAsync(ct)).ShouldBe([all[^1]]);
        await scripted.Database.MigrateAsync(ct);

        await ShouldEqualAStepwiseMigratedFileAsync(scripted, ct);
    }

    [Fact]
    public async Task A_file_that_has_a_table_is_left_alone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Context("used");
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Notes\" (\"Id\" INTEGER NOT NULL);", ct);

        (await SqliteSchemaScript.TryCreateAsync(db, ct: ct)).ShouldBeNull();

        (await SchemaAsync(db, ct)).ShouldBe(["table Notes CREATE TABLE \"Notes\" (\"Id\" INTEGER NOT NULL)"]);
    }

    [Fact]
    public async Task A_script_of_other_migrations_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Context("other");
        var all = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var later = db.GetService<IMigrator>().GenerateScript(fromMigration: all[0], options: MigrationsSqlGenerationOptions.NoTransactions);
        later.ShouldContain(all[1]);

        (await SqliteSchemaScript.TryCreateAsync(db, later, ct)).ShouldBeNull();

        (await SchemaAsync(db, ct)).ShouldBeEmpty();
    }

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private AppDbContext Context(string name) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, name + ".db")}", x => x.MigrationsAssembly(DatabaseProvider.SqliteMigrationsAssembly))
        .Options);

    /// <summary>The same <c>sqlite_master</c> and <c>__EFMigrationsHistory</c> as a new file that EF migrated step by step.</summary>
    private async Task ShouldEqualAStepwiseMigratedFileAsync(AppDbContext db, CancellationToken ct)
    {
        await using var stepwise = Context("stepwise");
        await stepwise.Database.MigrateAsync(ct);
        (await SchemaAsync(db, ct)).ShouldBe(await SchemaAsync(stepwise, ct));
        (await HistoryAsync(db, ct)).ShouldBe(await HistoryAsync(stepwise, ct));
    }

    private static Task<List<string>> SchemaAsync(AppDbContext db, CancellationToken ct) => db.Database.SqlQueryRaw<string>(
        "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS Value FROM sqlite_master ORDER BY type, name").ToListAsync(ct);

    private static Task<List<string>> HistoryAsync(AppDbContext db, CancellationToken ct) => db.Database.SqlQueryRaw<string>(
        "SELECT MigrationId || ' ' || ProductVersion AS Value FROM __EFMigrationsHistory ORDER BY MigrationId").ToListAsync(ct);
}
