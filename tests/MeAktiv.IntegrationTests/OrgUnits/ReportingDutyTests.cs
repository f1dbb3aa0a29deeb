using System.Net;
using System.Net.Http.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.OrgUnits;

/// <summary>The Meldepflichten through the API: the Datenstand follows at once; version check, German 400, rights, audit.</summary>
public sealed class ReportingDutyTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ending_a_units_duties_takes_it_out_of_the_months_after_and_a_stale_version_is_a_409()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await gf.GetJsonAsync("/api/v1/reporting-duties/RAT-LG");
        var version = before.GetProperty("version").GetString();
        var ended = before.GetProperty("duties").EnumerateArray().Select(d => new
        {
            indicator = d.GetProperty("indicator").GetString(), component = d.GetProperty("component").GetString(),
            from = d.GetProperty("from").GetString(), to = "2015-05",
        }).ToList();
        ended.ShouldNotBeEmpty();
        (await gf.GetJsonAsync("/api/v1/months?year=2015&month=6")).EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()).ShouldContain("RAT-LG");

        using var saved = await gf.PutAsJsonAsync("/api/v1/reporting-duties/RAT-LG", new { duties = ended, version }, Ct);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        (await gf.GetJsonAsync("/api/v1/months?year=2015&month=6")).EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()).ShouldNotContain("RAT-LG");
        (await gf.GetJsonAsync("/api/v1/months?year=2015&month=5")).EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()).ShouldContain("RAT-LG");
        using var stale = await gf.PutAsJsonAsync("/api/v1/reporting-duties/RAT-LG", new { duties = ended, version }, Ct);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        (await db.AuditEntries.CountAsync(a => a.EntityType == "ReportingDuty" && a.Action == "Modified"
            && a.User == DemoAccounts.Geschaeftsfuehrung, Ct)).ShouldBe(ended.Count);
    }

    [Fact]
    public async Task Bad_duties_are_a_German_400_and_other_roles_get_403()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        var version = (await admin.GetJsonAsync("/api/v1/reporting-duties/VEL-LG")).GetProperty("version").GetString();

        using var badMonth = await admin.PutAsJsonAsync("/api/v1/reporting-duties/VEL-LG",
            new { duties = new[] { new { indicator = "K2", component = (string?)null, from = "04/2015", to = (string?)null } }, version }, Ct);
        (await badMonth.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("JJJJ-MM");
        using var overlap = await admin.PutAsJsonAsync("/api/v1/reporting-duties/VEL-LG", new
        {
            duties = new[]
            {
                new { indicator = "K2", component = (string?)null, from = "2015-01", to = (string?)null },
                new { indicator = "K2", component = (string?)null, from = "2015-06", to = (string?)"2015-12" },
            },
            version,
        }, Ct);
        (await overlap.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("überschneiden sich");

        foreach (var account in new[] { DemoAccounts.Teamleitung("VEL-LG"), DemoAccounts.Traeger, DemoAccounts.Bereichsleitung })
        {
            using var client = await app.CreateApiClientAsync(account);
            using var put = await client.PutAsJsonAsync("/api/v1/reporting-duties/VEL-LG", new { duties = Array.Empty<object>(), version }, Ct);
            await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await admin.GetJsonAsync("/api/v1/reporting-duties/VEL-LG")).GetProperty("version").GetString().ShouldBe(version);
    }
}
