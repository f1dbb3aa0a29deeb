using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// Loads the seed files (seeds/README.md) at start-up:
/// <list type="number">
/// <item>the six roles, if missing;</item>
/// <item>the reference data (cities, org units with their cities, indicators with components, targets with versions),
/// only into a database without org units, in one transaction; without demo data only the real part of the tree
/// (Jobcenter and Geschäftsstellen) is loaded; the target versions go through <see cref="TargetMaintenanceService"/>
/// (the same rules as the pages) as the user <see cref="SeedUser"/>, who may set every status, audited with the
/// reason <see cref="SeedReason"/>;</item>
/// <item>demo only: the demo figures (if there are no monthly values yet) and the demo accounts (if missing);</item>
/// <item>not demo: the first administrator from <c>Admin:Email</c>/<c>Admin:Password</c> while none exists.</item>
/// </list>
/// Every step is idempotent: a second call changes nothing.
/// </summary>
public sealed class SeedImporter(
    IDbContextFactory<AppDbContext> factory,
    IOptions<DatabaseOptions> options,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    TargetMaintenanceService targets,
    TimeProvider clock,
    AuditWriter audit,
    AppDbContext accountStore,
    ILogger<SeedImporter> logger)
{
    /// <summary><c>CreatedBy</c> of the seeded target versions.</summary>
    public const string SeedUser = "seed";

    /// <summary>The audit reason of the seeded target versions.</summary>
    public const string SeedReason = "Aus den Seed-Dateien geladen (targets.csv, target-baselines.csv)";

    /// <summary><c>UpdatedBy</c> of the seeded demo figures.</summary>
    public const string DemoSeedUser = "seed (Demo)";

    /// <summary>
    /// Seeds the database. <paramref name="newFile"/>: its schema was just made from the schema script (nothing in it):
    /// then the steps up to the budget come from the <see cref="SeedScript"/> of these seed files, if it has one.
    /// </summary>
    public async Task SeedAsync(bool demo, CancellationToken ct, bool newFile = false)
    {
        var accounts = new AccountSeeder(users, roles, configuration, logger);
        var scripted = false;
        if (newFile)
        {
            await Timed("seed script", async () => scripted = await SeedScript.TryRunAsync(accountStore, demo, SeedFolder(),
                clock.GetUtcNow().UtcDateTime, ct: ct));
        }

        if (!scripted)
        {
            await SeedUpToBudgetAsync(demo, ct);
        }

        if (demo)
        {
            await Timed("demo data", () => SeedDemoAsync(accounts, ct));
        }
        else
        {
            // A new file has no account at all: no need to ask Identity for administrators.
            await Timed("first administrator", () => accounts.EnsureFirstAdministratorAsync(noAccountYet: newFile));
        }
    }

    /// <summary>The steps a <see cref="SeedScript"/> holds: roles, reference data, Termine, duties, successors, qualitative
    /// targets, budget. Apart for writing the script (<c>SeedScriptTests</c>).</summary>
    internal async Task SeedUpToBudgetAsync(bool demo, CancellationToken ct)
    {
        await Timed("roles", () => InAccountTransactionAsync(new AccountSeeder(users, roles, configuration, logger).EnsureRolesAsync));
        ct.ThrowIfCancellationRequested();
        await Timed("reference data", () => SeedReferenceDataAsync(demo, ct));
        await Timed("Termine", () => SeedTermineAsync(ct));
        await Timed("reporting duties", () => SeedReportingDutiesAsync(ct));
        await Timed("successors", () => SeedSuccessorsAsync(ct));
        await Timed("qualitative targets", () => SeedQualitativeTargetsAsync(ct));
        await Timed("budget", () => SeedBudgetAsync(demo, ct));
    }

    /// <summary>Runs one step of the seeding and logs how long it took (profiling of the first start, issue 23).</summary>
    private async Task Timed(string step, Func<Task> run)
    {
        var start = clock.GetTimestamp();
        await run();
        SeedLog.StepDone(logger, step, clock.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>
    /// Runs account work (roles, demo accounts) in one transaction on SQLite: Identity's stores save after every step on
    /// the scope's context (<paramref name="work"/>'s <see cref="UserManager{TUser}"/> and <see cref="RoleManager{TRole}"/>
    /// use <c>accountStore</c>), two commits per account, each a disk sync under <c>synchronous=FULL</c> (~10 ms here,
    /// ~0,5 s for the 23 demo accounts). All or nothing, as every other seed step. A retrying execution strategy (SQL
    /// Server's, or any configured one) allows no transaction around them: there the commits stay.
    /// </summary>
    private async Task InAccountTransactionAsync(Func<Task> work)
    {
        if (!accountStore.Database.IsSqlite() || accountStore.Database.CurrentTransaction is not null
            || accountStore.Database.CreateExecutionStrategy().RetriesOnFailure)
        {
            await work();
            return;
        }

        await using var transaction = await accountStore.Database.BeginTransactionAsync();
        await work();
        await transaction.CommitAsync();
    }

    /// <summary>The seed folder: <c>Database:SeedPath</c>, relative to the application's base directory.</summary>
    private string SeedFolder()
    {
        var folder = Path.GetFullPath(options.Value.SeedPath, AppContext.BaseDirectory);
        return Directory.Exists(folder)
            ? folder
            : throw new ConfigurationErrorException(
                $"Der Ordner der Seed-Dateien '{folder}' fehlt (Einstellung 'Database:SeedPath').");
    }

    private async Task SeedReferenceDataAsync(bool demo, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.OrgUnits.AnyAsync(ct))
        {
            SeedLog.ReferenceDataPresent(logger);
            return;
        }

        var folder = SeedFolder();
        var start = clock.GetTimestamp();
        // SQL Server runs with a retrying execution strategy: a user transaction must run inside it.
        var data = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var context = await factory.CreateDbContextAsync(token);
            await using var transaction = await context.Database.BeginTransactionAsync(token);
            if (await context.OrgUnits.AnyAsync(token))
            {
                return null; // another instance was quicker
            }

            var read = ReferenceDataReader.Read(folder, demo);
            context.Cities.AddRange(read.Cities);
            context.OrgUnits.AddRange(read.OrgUnits);
            context.Indicators.AddRange(read.Indicators);
            await context.SaveChangesAsync(token);
            var saved = clock.GetTimestamp();
            // Target versions go through the one rule for targets, once the units and indicators have their keys.
            var unitIds = read.OrgUnits.Select(u => u.Id).ToHashSet();
            var seed = new UserScope(SeedUser, new HashSet<string> { Roles.Geschaeftsfuehrung }, unitIds, unitIds);
            foreach (var input in read.TargetVersions)
            {
                var result = await targets.ApplyAsync(context, seed, input, skipUnchanged: false, token);
                if (!result.Ok)
                {
                    throw new SeedFormatException(Path.Combine(folder, ReferenceDataReader.TargetsFile), 0,
                        $"{input.IndicatorCode} {input.UnitCode} {input.Year}, Version {input.Version + 1}: {result.Error}");
                }
            }

            var checkedAt = clock.GetTimestamp();
            context.AuditReason = SeedReason;
            await context.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            SeedLog.ReferenceDataPhases(logger, (saved - start) * 1000.0 / clock.TimestampFrequency,
                read.TargetVersions.Count, (checkedAt - saved) * 1000.0 / clock.TimestampFrequency,
                clock.GetElapsedTime(checkedAt).TotalMilliseconds);
            return read;
        }, ct);

        if (data is null)
        {
            SeedLog.ReferenceDataPresent(logger);
            return;
        }

        SeedLog.ReferenceDataLoaded(logger, data.Cities.Count, data.OrgUnits.Count, data.CityAssignments,
            data.Indicators.Count, data.Indicators.Sum(i => i.Components.Count), data.Targets,
            data.TargetVersions.Count, demo, clock.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>The Termine (<c>fixed-dates.csv</c>, <c>recurring-dates.csv</c>; <see cref="TerminSeeder"/>).</summary>
    private async Task SeedTermineAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await TerminSeeder.SeedAsync(db, SeedFolder(), ct);
    }

    /// <summary>The Meldepflichten (<c>reporting-duties.csv</c>), while no duty is stored at all: a new database gets
    /// them after its reference data, a database created before the file existed at its next start. Lines of units the
    /// database does not have (demo units without demo data) are left out. One save, audited.</summary>
    private async Task SeedReportingDutiesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ReportingDuties.AnyAsync(ct) || !await db.OrgUnits.AnyAsync(ct))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var duties = ReportingDutySeedReader.Read(SeedFolder(), units, indicators);
        if (duties.Count == 0)
        {
            return;
        }

        db.ReportingDuties.AddRange(duties);
        await db.SaveChangesAsync(ct);
        SeedLog.DutiesLoaded(logger, duties.Count);
    }

    /// <summary>The successor links of the 2015 reorganisation (<c>org-unit-successors.csv</c>), while no link is stored:
    /// a new database gets them after its reference data, an older database at its next start. One save, audited.</summary>
    private async Task SeedSuccessorsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.OrgUnitSuccessors.AnyAsync(ct) || !await db.OrgUnits.AnyAsync(ct))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var links = OrgUnitSuccessorSeedReader.Read(SeedFolder(), units, indicators);
        if (links.Count > 0)
        {
            db.OrgUnitSuccessors.AddRange(links);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The duties and milestones of the Zielvereinbarung (<c>qualitative-targets.csv</c>): added by code while
    /// missing (like the Termine), so an older database gets them at its next start; one changed in the app is kept.
    /// One save, audited.</summary>
    private async Task SeedQualitativeTargetsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.OrgUnits.AnyAsync(ct))
        {
            return;
        }

        var present = (await db.QualitativeTargets.Select(q => q.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var missing = QualitativeTargetSeedReader.Read(SeedFolder(), units, SeedUser, clock.GetUtcNow().UtcDateTime)
            .Where(q => !present.Contains(q.Code)).ToList();
        if (missing.Count > 0)
        {
            db.QualitativeTargets.AddRange(missing);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The budget lines and plan versions (added while missing); demo: execution, staff and Finanzen's months.</summary>
    private async Task SeedBudgetAsync(bool demo, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.OrgUnits.AnyAsync(ct))
        {
            return;
        }

        var at = clock.GetUtcNow().UtcDateTime;
        await BudgetSeeder.SeedAsync(db, SeedFolder(), SeedUser, at, ct);
        if (demo && await db.OrgUnits.AnyAsync(u => u.IsDemo, ct))
        {
            await BudgetSeeder.SeedDemoAsync(db, SeedFolder(), DemoSeedUser, at, ct);
        }
    }

    private async Task SeedDemoAsync(AccountSeeder accounts, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        if (!units.Any(u => u.IsDemo))
        {
            // The database was created without demo data: no demo figures and no demo accounts in it.
            SeedLog.NoDemoOrganisation(logger);
            return;
        }

        if (await db.MonthlyValues.AnyAsync(ct))
        {
            SeedLog.FiguresPresent(logger);
        }
        else
        {
            var start = clock.GetTimestamp();
            var at = clock.GetUtcNow().UtcDateTime;
            // The query of ReferenceCache's load, word for word: EF compiles it once, here, not again in the warm-up.
            var indicators = await db.Indicators.AsNoTracking().Include(i => i.Components)
                .OrderBy(i => i.SortOrder).ToListAsync(ct);
            var values = DemoFiguresReader.Read(SeedFolder(),
                units.ToDictionary(u => u.Code, StringComparer.Ordinal),
                indicators.ToDictionary(i => i.Code, StringComparer.Ordinal),
                DemoSeedUser, at);
            // One transaction; every row audited like every other write (on SQLite through the bulk path).
            await DemoFigureWriter.WriteAsync(db, values, audit, at, ct);
            SeedLog.FiguresLoaded(logger, values.Count, clock.GetElapsedTime(start).TotalMilliseconds);
        }

        await Timed("demo month states", () => DemoMonthStates.SeedAsync(factory, audit, clock.GetUtcNow().UtcDateTime, ct));

        ct.ThrowIfCancellationRequested();
        var start2 = clock.GetTimestamp();
        var created = 0;
        await InAccountTransactionAsync(async () => created = await accounts.EnsureDemoAccountsAsync(units));
        SeedLog.DemoAccounts(logger, created, clock.GetElapsedTime(start2).TotalMilliseconds);
    }
}
