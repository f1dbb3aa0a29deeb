using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>A minimum cell size so large that every count is "small": the Träger sees none, the Geschäftsführung all.</summary>
public sealed class HugeMinCellAppFactory : MeAktivAppFactory
{
    public const int MinCellSize = 10_000_000;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Privacy:MinCellSize", MinCellSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Privacy:MinCellSize in the attainment and series API and in the Zielübersicht.</summary>
public sealed class SmallCellTests(HugeMinCellAppFactory app) : IClassFixture<HugeMinCellAppFactory>
{
    [Fact]
    public async Task Attainment_hides_counts_from_the_traeger_but_not_rates_and_not_from_the_geschaeftsfuehrung()
    {
        var counts = await CountIndicatorsAsync();
        var traeger = await AttainmentAsync(DemoAccounts.Traeger);
        var gf = await AttainmentAsync(DemoAccounts.Geschaeftsfuehrung);

        var hidden = traeger.Where(r => counts.Contains(r.GetProperty("indicator").GetString()!)).ToList();
        hidden.ShouldNotBeEmpty();
        hidden.ShouldAllBe(r => r.GetProperty("suppressed").GetBoolean() && r.GetProperty("actual").ValueKind == JsonValueKind.Null);
        traeger.Single(r => r.GetProperty("indicator").GetString() == "K2").GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Number);
        gf.ShouldAllBe(r => !r.GetProperty("suppressed").GetBoolean());
        gf.Where(r => counts.Contains(r.GetProperty("indicator").GetString()!))
            .ShouldContain(r => r.GetProperty("actual").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Series_of_a_count_is_hidden_from_the_traeger()
    {
        var count = (await CountIndicatorsAsync()).First();
        using var client = await app.CreateApiClientAsync(DemoAccounts.Traeger);

        var points = await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/series?unit=JC&indicator={count}&from=2015-01&to=2015-06",
            TestContext.Current.CancellationToken);

        points.ShouldNotBeNull().ShouldNotBeEmpty();
        points.ShouldAllBe(p => p.GetProperty("value").ValueKind == JsonValueKind.Null || !p.GetProperty("suppressed").GetBoolean());
        points.ShouldContain(p => p.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task The_zieluebersicht_shows_less_than_n_to_the_traeger_only()
    {
        var ct = TestContext.Current.CancellationToken;
        using var traeger = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Traeger);
        using var gf = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var forTraeger = WebUtility.HtmlDecode(await traeger.GetStringAsync("/ziele?jahr=2015", ct));
        var forGf = WebUtility.HtmlDecode(await gf.GetStringAsync("/ziele?jahr=2015", ct));

        forTraeger.ShouldContain($"< {HugeMinCellAppFactory.MinCellSize}");
        forTraeger.ShouldContain("aus Gründen des Datenschutzes nicht ausgewiesen");
        forGf.ShouldNotContain($"< {HugeMinCellAppFactory.MinCellSize}");
    }

    private async Task<HashSet<string>> CountIndicatorsAsync()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var indicators = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/indicators", TestContext.Current.CancellationToken);
        return indicators.ShouldNotBeNull().Where(i => i.GetProperty("unit").ToString() is "Anzahl" or "1")
            .Select(i => i.GetProperty("code").GetString()!).ToHashSet();
    }

    private async Task<List<JsonElement>> AttainmentAsync(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var rows = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/attainment?unit=JC&year=2015&month=6",
            TestContext.Current.CancellationToken);
        return rows.ShouldNotBeNull();
    }
}
