using System.Net;
using System.Net.Http.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.OrgUnits;

/// <summary>Targets and indicators of the demo data through the API (values in full precision, api.md spellings).</summary>
[Collection(SharedAppCollection.Name)]
public sealed class MasterDataApiTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Targets_2015_hold_the_agreed_K2_and_K3_values_of_the_Jobcenter()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var targets = await client.GetFromJsonAsync<List<TargetResponse>>("/api/v1/targets?year=2015",
            TestContext.Current.CancellationToken);

        targets.ShouldNotBeNull();
        var k2 = targets.Where(t => t.Unit == "JC" && t.Indicator == "K2").ShouldHaveSingleItem();
        k2.Value.ShouldBe(21.4m);
        k2.Status.ShouldBe("Vorlaeufig"); // spelled as in every JSON answer (issue 18)
        k2.Year.ShouldBe(2015);
        var k3 = targets.Where(t => t.Unit == "JC" && t.Indicator == "K3").ShouldHaveSingleItem();
        k3.Value.ShouldBe(17970m);
        targets.Select(t => t.Status).Distinct().ShouldBeSubsetOf(["Planungsangebot", "Vorlaeufig", "Final", "Angepasst"]);
    }

    [Fact]
    public async Task Targets_without_a_year_answer_400_with_a_German_detail()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await client.GetAsync("/api/v1/targets", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("title").ShouldBe("Ungültige Eingabe");
        problem.Text("detail").ShouldNotBeNull().ShouldContain("Jahr");
    }

    [Fact]
    public async Task Indicators_contain_K2_with_its_components_INT_and_ELB()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Traeger);

        var indicators = await client.GetFromJsonAsync<List<IndicatorResponse>>("/api/v1/indicators",
            TestContext.Current.CancellationToken);

        indicators.ShouldNotBeNull();
        var k2 = indicators.Where(i => i.Code == "K2").ShouldHaveSingleItem();
        k2.Name.ShouldBe("Integrationsquote");
        k2.Components.Select(c => c.Code).ShouldBe(["INT", "ELB"], ignoreOrder: true);
        indicators.Where(i => i.Code == "K3").ShouldHaveSingleItem().Components.Select(c => c.Code).ShouldBe(["LZB"]);
    }
}
