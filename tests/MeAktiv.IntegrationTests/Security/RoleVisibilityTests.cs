using System.Net.Http.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>GET /api/v1/org-units with each role's bearer token: every role sees only what domain.md section 6 allows.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class RoleVisibilityTests(MeAktivAppFactory app)
{
    private static readonly string[] DemoOrganisation =
        ["JC", "BER-NORD", "BER-SUED", "GS-MET", "GS-ERK", "GS-VEL", "GS-HIL", "GS-LAN", "GS-RAT",
         "VEL-MI", "VEL-U25-1", "HIL-LG", "RAT-AKT"];

    [Fact]
    public async Task Geschaeftsfuehrung_sees_every_unit_including_the_teams()
    {
        var units = await OrgUnitsAsync(DemoAccounts.Geschaeftsfuehrung);

        units.Select(u => u.Code).ShouldBeUnique();
        DemoOrganisation.ShouldBeSubsetOf(units.Select(u => u.Code));
        units.Single(u => u.Code == "JC").Kind.ShouldBe("Jobcenter");
        units.Single(u => u.Code == "JC").ParentCode.ShouldBeNull();
        units.Single(u => u.Code == "VEL-MI").ShouldSatisfyAllConditions(
            u => u.Kind.ShouldBe("Team"),
            u => u.ParentCode.ShouldBe("GS-VEL"));
        units.Select(u => u.Kind).Distinct().ShouldBe(["Jobcenter", "Bereich", "Geschaeftsstelle", "Team"], ignoreOrder: true);
    }

    [Fact]
    public async Task Traeger_sees_jobcenter_bereiche_and_geschaeftsstellen_but_no_team()
    {
        var all = await OrgUnitsAsync(DemoAccounts.Geschaeftsfuehrung);
        var units = await OrgUnitsAsync(DemoAccounts.Traeger);

        units.ShouldNotContain(u => u.Kind == "Team");
        units.Select(u => u.Code).ShouldBe(all.Where(u => u.Kind != "Team").Select(u => u.Code), ignoreOrder: true);
        new[] { "JC", "BER-NORD", "BER-SUED", "GS-VEL", "GS-RAT" }.ShouldBeSubsetOf(units.Select(u => u.Code));
    }

    [Fact]
    public async Task Teamleitung_sees_its_own_team_and_the_units_above_it_only()
    {
        var all = await OrgUnitsAsync(DemoAccounts.Geschaeftsfuehrung);
        var bereich = all.Single(u => u.Code == "GS-VEL").ParentCode.ShouldNotBeNull();

        var units = await OrgUnitsAsync(DemoAccounts.Teamleitung("VEL-MI"));

        units.Where(u => u.Kind == "Team").Select(u => u.Code).ShouldBe(["VEL-MI"]);
        units.Select(u => u.Code).ShouldBe(["JC", bereich, "GS-VEL", "VEL-MI"], ignoreOrder: true);
    }

    [Fact]
    public async Task Teamleitung_sees_only_the_targets_of_its_units()
    {
        var visible = (await OrgUnitsAsync(DemoAccounts.Teamleitung("VEL-MI"))).Select(u => u.Code).ToHashSet();
        using var client = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));

        var targets = await client.GetFromJsonAsync<List<TargetResponse>>("/api/v1/targets?year=2015",
            TestContext.Current.CancellationToken);

        targets.ShouldNotBeNull().ShouldNotBeEmpty("the Jobcenter's targets are visible to every role");
        targets.ShouldAllBe(t => visible.Contains(t.Unit));
    }

    private async Task<List<OrgUnitResponse>> OrgUnitsAsync(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var units = await client.GetFromJsonAsync<List<OrgUnitResponse>>("/api/v1/org-units", TestContext.Current.CancellationToken);
        return units.ShouldNotBeNull();
    }
}
