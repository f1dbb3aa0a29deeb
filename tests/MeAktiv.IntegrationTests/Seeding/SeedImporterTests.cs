using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>Behaviour of the seed importer: idempotence, production mode, first administrator, malformed files.</summary>
public sealed class SeedImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        await using var db = SeedTestDatabase.Create(demo: true);
        await db.InitializeAsync(Ct);
        var before = await db.CountsAsync(Ct);
        var versions = await db.QueryAsync(db => db.TargetVersions.CountAsync(Ct), Ct);

        await db.InitializeAsync(Ct);

        (await db.CountsAsync(Ct)).ShouldBe(before);
        versions.ShouldBe(22);
    }

    [Fact]
    public async Task Seed_rows_are_audited()
    {
        await using var db = SeedTestDatabase.Create(demo: true);
        await db.InitializeAsync(Ct);

        var audit = await db.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .GroupBy(a => a.EntityType).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(Ct), Ct);
        var values = await db.QueryAsync(db => db.MonthlyValues.CountAsync(Ct), Ct);
        audit.Single(a => a.Type == nameof(MonthlyValue)).Count.ShouldBe(values);
        audit.Single(a => a.Type == nameof(TargetVersion)).Count.ShouldBe(22);
        // 170 lines of seeds/reporting-duties.csv (seeds/tools/derive_reporting_duties.py)
        audit.Single(a => a.Type == nameof(ReportingDuty)).Count.ShouldBe(170);
    }

    [Fact]
    public async Task Production_loads_the_real_tree_only_and_no_demo_data()
    {
        await using var db = SeedTestDatabase.Create(demo: false);
        await db.InitializeAsync(Ct);

        var units = await db.QueryAsync(db => db.OrgUnits.AsNoTracking().Include(u => u.Parent).ToListAsync(Ct), Ct);
        units.Count.ShouldBe(7);
        units.ShouldAllBe(u => !u.IsDemo);
        units.Where(u => u.Kind == OrgUnitKind.Geschaeftsstelle).ShouldAllBe(u => u.Parent!.Code == "JC");
        units.Count(u => u.Kind == OrgUnitKind.Geschaeftsstelle).ShouldBe(6);
        (await db.QueryAsync(db => db.OrgUnitCities.CountAsync(Ct), Ct)).ShouldBe(11);
        (await db.QueryAsync(db => db.Indicators.CountAsync(Ct), Ct)).ShouldBe(25);
        (await db.QueryAsync(db => db.TargetVersions.CountAsync(Ct), Ct)).ShouldBe(22);
        (await db.QueryAsync(db => db.MonthlyValues.CountAsync(Ct), Ct)).ShouldBe(0);
        // Only the duties of the real units: the Jobcenter's 4 indicators and the 8 stadtscharf ones of each of the six
        // Geschäftsstellen (4 + 6 · 8 = 52); the teams' lines are left out with the teams.
        var duties = await db.QueryAsync(db => db.ReportingDuties.AsNoTracking().Select(d => d.OrgUnit!.Code).ToListAsync(Ct), Ct);
        duties.Count.ShouldBe(52);
        duties.Count(d => d == "JC").ShouldBe(4);
        (await db.QueryAsync(db => db.Users.CountAsync(Ct), Ct)).ShouldBe(0);
        (await db.QueryAsync(db => db.Roles.Select(r => r.Name).ToListAsync(Ct), Ct)).Order().ShouldBe(Roles.All.Order());
    }

    [Fact]
    public async Task Production_creates_the_first_administrator_from_configuration_once()
    {
        await using var db = SeedTestDatabase.Create(demo: false, new Dictionary<string, string?>
        {
            ["Admin:Email"] = "it@jobcenter.example",
            ["Admin:Password"] = "Erst-Admin!2015",
        });
        await db.InitializeAsync(Ct);
        await db.InitializeAsync(Ct);

        var users = await db.QueryAsync(db => db.Users.AsNoTracking().ToListAsync(Ct), Ct);
        var admin = users.ShouldHaveSingleItem();
        admin.Email.ShouldBe("it@jobcenter.example");
        admin.IsDemo.ShouldBeFalse();
        admin.EmailConfirmed.ShouldBeTrue();
        await db.WithUsersAsync(async manager =>
        {
            (await manager.GetRolesAsync(admin)).ShouldBe([Roles.Administration]);
            (await manager.CheckPasswordAsync(admin, "Erst-Admin!2015")).ShouldBeTrue();
            return true;
        });
    }

    [Fact]
    public async Task A_malformed_line_is_rejected_with_file_and_line_and_nothing_is_stored()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "me-aktiv-seeds-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.Seeds, seeds);
        try
        {
            var targets = Path.Combine(seeds, "targets.csv");
            var lines = File.ReadAllLines(targets);
            lines[3] = lines[3].Replace(";21,4;", ";21.4;", StringComparison.Ordinal); // dot instead of decimal comma
            File.WriteAllLines(targets, lines);
            await using var db = SeedTestDatabase.Create(demo: false, seedPath: seeds);

            var error = await Should.ThrowAsync<SeedFormatException>(() => db.InitializeAsync(Ct));

            error.Line.ShouldBe(4);
            error.Message.ShouldContain("targets.csv");
            error.Message.ShouldContain("Zeile 4");
            error.Message.ShouldContain("21.4");
            (await db.QueryAsync(db => db.OrgUnits.CountAsync(Ct), Ct)).ShouldBe(0);
            (await db.QueryAsync(db => db.Cities.CountAsync(Ct), Ct)).ShouldBe(0);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Theory]
    [InlineData("EQ;SVB;davon svB nach 6 Monaten;Count;Numerator;2;AUS;", "EQ;SVB;davon svB nach 6 Monaten;Count;Numerator;2;XYZ;",
        "PartOf 'XYZ' ist keine Komponente der Kennzahl 'EQ'")]
    [InlineData("BZ;BST;Beratungsstunden;Hours;Numerator;1;AST;", "BZ;BST;Beratungsstunden;Count;Numerator;1;AST;",
        "Teil und Ganzes brauchen dieselbe Art")]
    [InlineData("K2;INT;Integrationen;Count;Numerator;1;;", "K2;INT;Integrationen;Count;Numerator;1;;0", "MaxValue muss größer als 0 sein")]
    public async Task A_wrong_part_whole_pair_or_bound_in_the_component_table_is_rejected(string line, string broken, string message)
    {
        var seeds = Path.Combine(Path.GetTempPath(), "me-aktiv-seeds-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.Seeds, seeds);
        try
        {
            var file = Path.Combine(seeds, "indicator-components.csv");
            File.WriteAllText(file, File.ReadAllText(file).Replace(line, broken, StringComparison.Ordinal));
            await using var db = SeedTestDatabase.Create(demo: false, seedPath: seeds);

            var error = await Should.ThrowAsync<SeedFormatException>(() => db.InitializeAsync(Ct));

            error.Message.ShouldContain("indicator-components.csv");
            error.Message.ShouldContain(message);
            (await db.QueryAsync(db => db.Indicators.CountAsync(Ct), Ct)).ShouldBe(0);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Fact]
    public async Task A_reporting_duty_of_an_indicator_not_entered_at_the_units_level_is_rejected_and_none_is_stored()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "me-aktiv-seeds-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.Seeds, seeds);
        try
        {
            var file = Path.Combine(seeds, "reporting-duties.csv");
            File.AppendAllText(file, "JC;K2;;2015-01;\n"); // K2 is entered by the teams, not by the Jobcenter
            var line = File.ReadAllLines(file).Length;
            await using var db = SeedTestDatabase.Create(demo: false, seedPath: seeds);

            var error = await Should.ThrowAsync<SeedFormatException>(() => db.InitializeAsync(Ct));

            error.Line.ShouldBe(line);
            error.Message.ShouldContain("reporting-duties.csv");
            error.Message.ShouldContain("nicht auf der Ebene Jobcenter");
            (await db.QueryAsync(db => db.ReportingDuties.CountAsync(Ct), Ct)).ShouldBe(0);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
