using System.Net;
using System.Text;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Audit;

/// <summary>The audit log viewer's API: filters, CSV for German Excel, bad dates in German.</summary>
[Collection(SharedAppCollection.Name)]
public sealed class AuditLogApiTests(MeAktivAppFactory app)
{
    [Fact]
    public async Task Filter_by_user_what_and_unit_returns_only_matching_entries_newest_first()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var ct = TestContext.Current.CancellationToken;

        using var json = JsonDocument.Parse(await gf.GetStringAsync("/api/v1/audit?what=MonthStatus&unit=VEL-MI&limit=50", ct));

        var rows = json.RootElement.EnumerateArray().ToList();
        rows.ShouldNotBeEmpty("the demo seed writes month states of VEL-MI through the audit");
        rows.ShouldAllBe(r => r.GetProperty("entityType").GetString() == "MonthStatus" && r.GetProperty("unitCode").GetString() == "VEL-MI");
        rows.Select(r => r.GetProperty("id").GetInt64()).ShouldBeInOrder(SortDirection.Descending);
        using var none = JsonDocument.Parse(await gf.GetStringAsync("/api/v1/audit?who=niemand-hat-diesen-namen", ct));
        none.RootElement.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Csv_export_is_utf8_with_bom_and_semicolons()
    {
        using var admin = await app.CreateApiClientAsync(DemoAccounts.Administration);
        var ct = TestContext.Current.CancellationToken;

        using var response = await admin.GetAsync("/api/v1/audit.csv?unit=VEL-MI", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Nr;Zeitpunkt;Benutzer;Art;Aktion;Einheit;Kennzahl;Komponente;Monat;Änderung;Begründung;Schlüssel;Vorher;Nachher");
        lines.Length.ShouldBeGreaterThan(1);
        lines.Skip(1).ShouldAllBe(l => l.Contains(";VEL-MI;"));
    }

    [Fact]
    public async Task A_bad_date_gets_a_German_400()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        using var response = await gf.GetAsync("/api/v1/audit?from=31.12.2015", TestContext.Current.CancellationToken);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("JJJJ-MM-TT");
    }
}
