// .editorconfig marks **/Migrations/** as generated code (nullable off there): switch it back on.
#nullable enable
using MeAktiv.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MeAktiv.IntegrationTests.Migrations;

/// <summary>
/// The SQL Server migrations, checked without a server (none on the build machines): the snapshot matches the model
/// and the deployment script (idempotent, as docs/database.md deploys it) can be generated. Nothing here connects.
/// </summary>
public sealed class SqlServerMigrationTests
{
    // Never opened: every check below works on the model and the migrations only.
    private const string NoServer = "Server=tcp:no-server.invalid,1433;Database=MeAktiv;User Id=test;Password=test;Encrypt=False;Connect Timeout=1";

    [Fact]
    public void Snapshot_matches_the_model()
    {
        using var db = CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the model differs from the SQL Server snapshot: run 'dotnet ef migrations add' for MeAktiv.Migrations.SqlServer");
    }

    [Fact]
    public void Migrations_of_the_SqlServer_assembly_are_found()
    {
        using var db = CreateContext();

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.GetService<IMigrationsAssembly>().Assembly.GetName().Name.ShouldBe(DatabaseProvider.SqlServerMigrationsAssembly);
    }

    [Fact]
    public void Create_script_contains_the_tables()
    {
        using var db = CreateContext();

        var script = db.Database.GenerateCreateScript();

        script.ShouldContain("CREATE TABLE [MonthlyValues]");
        script.ShouldContain("CREATE TABLE [OrgUnits]");
        script.ShouldContain("CREATE TABLE [AspNetUsers]");
    }

    [Fact]
    public void Idempotent_migration_script_can_be_generated()
    {
        using var db = CreateContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldNotBeNullOrWhiteSpace();
        script.ShouldContain("CREATE TABLE [MonthlyValues]");
        script.ShouldContain("__EFMigrationsHistory");
        foreach (var migration in db.Database.GetMigrations())
        {
            script.ShouldContain($"N'{migration}'", customMessage: $"migration {migration} is missing from the script");
        }
    }

    private static AppDbContext CreateContext() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer(NoServer, x => x.MigrationsAssembly(DatabaseProvider.SqlServerMigrationsAssembly))
        .Options);
}
