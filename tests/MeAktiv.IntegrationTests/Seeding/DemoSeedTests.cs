using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>The demo database as a fresh machine gets it: reference data, demo figures, demo accounts.</summary>
public sealed class DemoSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SeedTestDatabase Db => fixture.Database;

    [Fact]
    public async Task Loads_the_organisation_cities_and_indicators()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"Migration + demo seed: {fixture.InitializeTime.TotalMilliseconds:F0} ms");
        var units = await Db.QueryAsync(db => db.OrgUnits.AsNoTracking().Include(u => u.Parent).ToListAsync(Ct), Ct);
        units.Count(u => u.Kind == OrgUnitKind.Jobcenter).ShouldBe(1);
        units.Count(u => u.Kind == OrgUnitKind.Bereich).ShouldBe(2);
        units.Count(u => u.Kind == OrgUnitKind.Geschaeftsstelle).ShouldBe(6);
        units.Count(u => u.Kind == OrgUnitKind.Team).ShouldBe(18);
        units.Where(u => u.Kind is OrgUnitKind.Bereich or OrgUnitKind.Team).ShouldAllBe(u => u.IsDemo);
        units.Where(u => u.Kind is OrgUnitKind.Jobcenter or OrgUnitKind.Geschaeftsstelle).ShouldAllBe(u => !u.IsDemo);
        units.Single(u => u.Code == "GS-ERK").ValidTo.ShouldBe(new DateOnly(2015, 3, 31));
        units.Single(u => u.Code == "VEL-U25-1").ValidFrom.ShouldBe(new DateOnly(2015, 1, 1));
        units.Single(u => u.Code == "MET-MI").Parent!.Code.ShouldBe("GS-MET");
        units.Single(u => u.Code == "GS-MET").Parent!.Code.ShouldBe("BER-NORD");

        (await Db.QueryAsync(db => db.Cities.CountAsync(Ct), Ct)).ShouldBe(10);
        var mettmann = await Db.QueryAsync(db => db.OrgUnitCities.AsNoTracking().Include(c => c.City)
            .Where(c => c.OrgUnitId == db.OrgUnits.Single(u => u.Code == "GS-MET").Id).ToListAsync(Ct), Ct);
        mettmann.Select(c => c.City!.Code).Order().ShouldBe(["ERK", "MET", "WUE"]);
        mettmann.Single(c => c.City!.Code == "ERK").ValidFrom.ShouldBe(new DateOnly(2015, 4, 1));

        var indicators = await Db.QueryAsync(db => db.Indicators.AsNoTracking().Include(i => i.Components).ToListAsync(Ct), Ct);
        indicators.Select(i => i.Code).Order().ShouldBe(
            ["16A-1", "16A-2", "16A-3", "16A-4", "AQ", "BAMF", "BSU25", "BUT-AUF", "BUT-BEA", "BUT-OFF", "BUT-RUE", "BZ", "EQ", "ESF",
                "K1", "K2", "K3", "KD", "KDS", "KDU", "LZAI", "NH", "PI", "PINT", "U25"]);
        var k2 = indicators.Single(i => i.Code == "K2");
        k2.Formula.ShouldBe(FormulaKind.IntegrationRate);
        k2.Components.Single(c => c.Code == "INT").Role.ShouldBe(ComponentRole.Numerator);
        k2.Components.Single(c => c.Code == "ELB").Kind.ShouldBe(ComponentKind.Stock);
        indicators.Single(i => i.Code == "U25").EntryLevels.ShouldBe(EntryLevels.Jobcenter);
        indicators.Single(i => i.Code == "KDU").Traeger.ShouldBe(Traeger.Kreis);
        indicators.ShouldAllBe(i => !string.IsNullOrWhiteSpace(i.Description));
        // Stadtscharf report figures: one component per city, entered by the Geschäftsstelle.
        var cityIndicators = indicators.Where(i => i.Category == TargetCategory.Stadtbericht).ToList();
        cityIndicators.Count.ShouldBe(8);
        cityIndicators.ShouldAllBe(i => i.Components.Count == 10 && i.EntryLevels == EntryLevels.Geschaeftsstelle);
    }

    [Fact]
    public async Task Loads_the_targets_with_their_versions()
    {
        var targets = await Db.QueryAsync(db => db.Targets.AsNoTracking()
            .Include(t => t.Indicator).Include(t => t.OrgUnit).Include(t => t.Versions).ToListAsync(Ct), Ct);
        targets.ShouldAllBe(t => t.OrgUnit!.Code == "JC");
        targets.Count(t => t.Year == 2015).ShouldBe(17);

        var k2 = targets.Single(t => t.Year == 2015 && t.Indicator!.Code == "K2");
        k2.Current!.Value.ShouldBe(21.4m);
        k2.Current.Status.ShouldBe(TargetStatus.Vorlaeufig);
        k2.Current.CreatedBy.ShouldBe(SeedImporter.SeedUser);
        var offer = k2.Versions.Single(v => v.Number == 1);
        offer.Value.ShouldBe(21.7m);
        offer.Status.ShouldBe(TargetStatus.Planungsangebot);
        offer.DecidedOn.ShouldBe(new DateOnly(2014, 12, 2));

        targets.Single(t => t.Year == 2015 && t.Indicator!.Code == "K3").Current!.Value.ShouldBe(17970m);
        targets.Single(t => t.Year == 2015 && t.Indicator!.Code == "U25").Current!.Value.ShouldBe(-2.5m);
        targets.Single(t => t.Year == 2015 && t.Indicator!.Code == "K1").Current!.Value.ShouldBeNull();
        targets.Single(t => t.Year == 2014 && t.Indicator!.Code == "K2").Current!.Value.ShouldBe(20.6m);
        targets.Where(t => t.Indicator!.Code == "EQ").Select(t => (t.Year, t.Current!.Value))
            .OrderBy(x => x.Year).ShouldBe([(2015, 45m), (2016, 53m), (2017, 60m)]);
    }

    [Fact]
    public async Task Demo_figures_have_realistic_magnitudes()
    {
        var values = await Db.QueryAsync(db => db.MonthlyValues.AsNoTracking()
            .Select(v => new { v.Year, v.Month, Unit = v.OrgUnit!.Code, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Code, v.Value, v.IsDemo, v.UpdatedBy })
            .ToListAsync(Ct), Ct);
        values.Count.ShouldBe(File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "demo", "figures.csv")).Length - 1);
        values.ShouldAllBe(v => v.IsDemo && v.UpdatedBy == SeedImporter.DemoSeedUser);

        decimal Sum(string indicator, string component, int year, int month) => values
            .Where(v => v.Indicator == indicator && v.Component == component && v.Year == year && v.Month == month)
            .Sum(v => v.Value);

        Sum("K2", "ELB", 2015, 1).ShouldBeInRange(25_000m, 28_000m);
        Sum("K3", "LZB", 2015, 1).ShouldBeInRange(17_000m, 18_500m);
        Sum("K2", "ELB", 2014, 12).ShouldBe(26_697m);

        // Jahresfortschrittswert 2014 by hand: Σ INT Jan..Dec 2014 / mean ELB Dec 2013..Nov 2014 (ratio of sums).
        var integrations = Enumerable.Range(1, 12).Sum(m => Sum("K2", "INT", 2014, m));
        var stock = new[] { Sum("K2", "ELB", 2013, 12) }.Concat(Enumerable.Range(1, 11).Select(m => Sum("K2", "ELB", 2014, m)));
        (100m * integrations / stock.Average()).ShouldBeInRange(19m, 23m);

        // Merger: Erkrath's teams report until March 2015; Jobcenter-only indicators only at JC.
        values.Where(v => v.Unit.StartsWith("ERK-", StringComparison.Ordinal))
            .Max(v => v.Year * 100 + v.Month).ShouldBe(201503);
        values.Where(v => v.Indicator is "U25" or "BAMF" or "PI" or "ESF").ShouldAllBe(v => v.Unit == "JC");
        values.Where(v => v.Unit.Contains("-U25-", StringComparison.Ordinal)).ShouldAllBe(v => v.Year == 2015);
    }

    [Fact]
    public async Task Every_demo_figure_has_the_audit_entry_of_an_added_figure()
    {
        // Seeded through the SQLite bulk path: the entries must be those the interceptor writes for an added figure.
        var values = await Db.QueryAsync(db => db.MonthlyValues.AsNoTracking().ToListAsync(Ct), Ct);
        var entries = await Db.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(MonthlyValue)).ToListAsync(Ct), Ct);
        entries.Count.ShouldBe(values.Count);
        entries.ShouldAllBe(a => a.Action == "Added" && a.User == "system" && a.OldValues == null && a.Reason == null);
        var byKey = entries.ToDictionary(a => a.EntityKey);
        foreach (var value in values)
        {
            var entry = byKey[value.Id.ToString()];
            entry.OrgUnitId.ShouldBe(value.OrgUnitId);
            using var json = System.Text.Json.JsonDocument.Parse(entry.NewValues!);
            var root = json.RootElement;
            root.EnumerateObject().Select(p => p.Name).ShouldBe(
                ["ComponentId", "IsDemo", "Month", "OrgUnitId", "UpdatedAt", "UpdatedBy", "Value", "Version", "Year"], ignoreOrder: true);
            root.GetProperty("Value").GetDecimal().ShouldBe(value.Value);
            root.GetProperty("Version").GetGuid().ShouldBe(value.Version);
            root.GetProperty("UpdatedBy").GetString().ShouldBe(SeedImporter.DemoSeedUser);
            root.GetProperty("IsDemo").GetBoolean().ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Every_demo_figure_is_owed_and_every_unit_owes_what_it_reports()
    {
        var duties = await Db.QueryAsync(db => db.ReportingDuties.AsNoTracking()
            .Select(d => new { Unit = d.OrgUnit!.Code, Indicator = d.Indicator!.Code, Component = d.Component!.Code, d.From, d.To })
            .ToListAsync(Ct), Ct);
        var values = await Db.QueryAsync(db => db.MonthlyValues.AsNoTracking()
            .Select(v => new { v.Year, v.Month, Unit = v.OrgUnit!.Code, Indicator = v.Component!.Indicator!.Code, Component = v.Component.Code })
            .ToListAsync(Ct), Ct);

        duties.Count.ShouldBe(170);
        // Derived from the demo data (seeds/tools/derive_reporting_duties.py): every figure lies in a duty of its unit.
        values.ShouldAllBe(v => duties.Any(d => d.Unit == v.Unit && d.Indicator == v.Indicator
            && (d.Component == null || d.Component == v.Component)
            && d.From.CompareTo(new YearMonth(v.Year, v.Month)) <= 0 && (d.To == null || new YearMonth(v.Year, v.Month).CompareTo(d.To.Value) <= 0)));
        duties.ShouldNotContain(d => d.Unit == "MET-AGS");                              // the Arbeitgeberservice reports nothing
        duties.Where(d => d.Unit == "LAN-IK").Select(d => d.Indicator).ShouldBe(["PINT"]); // no EQ
        duties.Where(d => d.Unit == "JC").Select(d => d.Indicator).Order().ShouldBe(["BAMF", "ESF", "PI", "U25"]);
        duties.Where(d => d.Unit.StartsWith("ERK-", StringComparison.Ordinal) || d.Unit == "GS-ERK")
            .ShouldAllBe(d => d.To != null && d.To.Value.CompareTo(new YearMonth(2015, 3)) <= 0); // closed 31.03.2015
        duties.Single(d => d is { Unit: "VEL-MI", Indicator: "K2", Component: "ELB" }).From.ShouldBe(new YearMonth(2013, 12));
        duties.Single(d => d is { Unit: "VEL-MI", Indicator: "K2", Component: null }).To.ShouldBeNull();
    }

    [Fact]
    public async Task Demo_accounts_have_their_roles_and_units()
    {
        var teams = await Db.QueryAsync(db => db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Team).Select(u => u.Code).ToListAsync(Ct), Ct);
        var accounts = await Db.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.OrgUnits).ThenInclude(o => o.OrgUnit)
            .ToListAsync(Ct), Ct);
        accounts.Count.ShouldBe(5 + teams.Count);
        accounts.ShouldAllBe(u => u.IsDemo && u.EmailConfirmed && u.DisplayName.EndsWith("(Demo)"));

        await Db.WithUsersAsync(async users =>
        {
            async Task<AppUser> Expect(string email, string role)
            {
                var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull(email);
                (await users.GetRolesAsync(user)).ShouldBe([role], email);
                (await users.CheckPasswordAsync(user, AccountSeeder.DefaultDemoPassword)).ShouldBeTrue(email);
                return user;
            }

            await Expect("gf@me-aktiv.example", Roles.Geschaeftsfuehrung);
            await Expect("admin@me-aktiv.example", Roles.Administration);
            await Expect("traeger@me-aktiv.example", Roles.Traeger);
            await Expect("fin@me-aktiv.example", Roles.Finanzen);
            var bl = await Expect("bl@me-aktiv.example", Roles.Bereichsleitung);
            accounts.Single(a => a.Id == bl.Id).OrgUnits.Select(o => o.OrgUnit!.Code).Order().ShouldBe(["BER-NORD", "BER-SUED"]);
            foreach (var team in teams)
            {
                var tl = await Expect($"tl-{team.ToLowerInvariant()}@me-aktiv.example", Roles.Teamleitung);
                accounts.Single(a => a.Id == tl.Id).OrgUnits.Select(o => o.OrgUnit!.Code).ShouldBe([team]);
            }

            return true;
        });
    }
}
