using System.Text.RegularExpressions;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>
/// A new SQLite file gets the seeding's rows up to the budget from the embedded <see cref="SeedScript"/>: the scripts
/// are those of the seed files and the seeding as they are, a file seeded from one holds exactly the rows a seeding
/// through EF writes (the same clock; GUIDs, password hashes, security stamps and the reference data's stamp are random
/// either way), and other seed
/// files are seeded through EF.
/// </summary>
public sealed partial class SeedScriptTests
{
    /// <summary>Set to 1 to (re)write <c>src/MeAktiv.Migrations.Sqlite/Seed*.sql</c> from the seed files.</summary>
    private const string WriteVariable = "MEAKTIV_WRITE_SEED_SCRIPTS";

    /// <summary>A start's time with all seven fraction digits (as the script path makes it).</summary>
    private static readonly DateTime Now = new DateTime(2026, 12, 3, 8, 9, 10, DateTimeKind.Utc).AddTicks(1_234_567);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_embedded_script_is_the_seeding_of_the_seed_files(bool demo)
    {
        await using var db = SeedTestDatabase.Create(demo, clock: new FixedClock(SeedScript.Instant));
        await db.CreateSchemaAsync(Ct);
        await db.SeedUpToBudgetAsync(demo, Ct);
        var generated = await db.QueryAsync(context => SeedScript.GenerateAsync(context, RepoPaths.Seeds, Ct), Ct);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1" && RepoPaths.RepoRoot is { } root)
        {
            await File.WriteAllTextAsync(Path.Combine(root, "src", "MeAktiv.Migrations.Sqlite", $"Seed{(demo ? "Demo" : "Production")}.sql"),
                generated, Ct);
            return;
        }

        var embedded = await db.QueryAsync(context => Task.FromResult(SeedScript.Embedded(context, demo)), Ct);

        embedded.ShouldBe(generated,
            $"src/MeAktiv.Migrations.Sqlite/Seed*.sql lag behind the seed files or the seeding: run this test with {WriteVariable}=1, then rebuild");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_new_file_holds_the_rows_a_seeding_through_EF_writes(bool demo)
    {
        await using var scripted = SeedTestDatabase.Create(demo, clock: new FixedClock(Now));
        await using var throughEf = SeedTestDatabase.Create(demo, clock: new FixedClock(Now));
        await throughEf.CreateSchemaAsync(Ct); // not new at the start: seeded through EF

        await scripted.InitializeAsync(Ct);
        await throughEf.InitializeAsync(Ct);

        var rows = await RowsAsync(scripted);
        rows.ShouldBe(await RowsAsync(throughEf));
        rows.ShouldContain(r => r.StartsWith("TargetVersions", StringComparison.Ordinal) && r.Contains("2026-12-03 08:09:10.1234567"));
    }

    [Fact]
    public async Task The_script_fits_the_seed_files_and_the_schema()
    {
        await using var db = SeedTestDatabase.Create(demo: false);
        await db.CreateSchemaAsync(Ct);

        (await db.QueryAsync(context => SeedScript.TryRunAsync(context, demo: false, RepoPaths.Seeds, Now, ct: Ct), Ct)).ShouldBeTrue();

        (await db.QueryAsync(context => context.OrgUnits.CountAsync(Ct), Ct)).ShouldBe(7);
    }

    [Fact]
    public async Task Other_seed_files_are_seeded_through_EF()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "me-aktiv-seeds-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(RepoPaths.Seeds, seeds);
            var cities = Path.Combine(seeds, "cities.csv");
            var text = await File.ReadAllTextAsync(cities, Ct);
            text.ShouldContain("ERK;Erkrath");
            await File.WriteAllTextAsync(cities, text.Replace("ERK;Erkrath", "ERK;Erkrath (geändert)", StringComparison.Ordinal), Ct);
            await using var db = SeedTestDatabase.Create(demo: false, seedPath: seeds);

            await db.InitializeAsync(Ct);

            (await db.QueryAsync(context => context.Cities.Select(c => c.Name).ToListAsync(Ct), Ct)).ShouldContain("Erkrath (geändert)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(seeds, recursive: true);
        }
    }

    /// <summary>Every row of every table (not the key ring), GUIDs and the random columns of the accounts blanked.</summary>
    private static Task<List<string>> RowsAsync(SeedTestDatabase db) => db.QueryAsync(async context =>
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(Ct);
        var rows = new List<string>();
        foreach (var table in await SeedScript.ListAsync(connection,
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('DataProtectionKeys', '__EFMigrationsLock') ORDER BY name", Ct))
        {
            var columns = (await SeedScript.ListAsync(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", Ct))
                .Select(c => (table, c) switch
                {
                    (_, "PasswordHash" or "SecurityStamp") => "'random'",
                    ("DataStamps", "Value") => "CASE WHEN \"Name\" = 'Reference' THEN 'random' ELSE quote(\"Value\") END",
                    _ => $"quote(\"{c}\")",
                });
            var sql = $"SELECT '{table} ' || {string.Join(" || ', ' || ", columns)} FROM \"{table}\" ORDER BY 1";
            rows.AddRange((await SeedScript.ListAsync(connection, sql, Ct)).Select(r => AnyGuid().Replace(r, "<guid>")));
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }, Ct);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex AnyGuid();

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
