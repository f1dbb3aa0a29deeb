using System.Net;
using System.Text;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Seeding;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// The target import (<c>POST /api/v1/targets/import[/preview]</c>): preview and apply of CSV and XLSX, all or nothing,
/// a stale version, rights, unchanged rows, and the seeded targets with their baselines. Own app: the tests change targets.
/// </summary>
public sealed class TargetImportTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Header = "Jahr;Einheit;Kennzahl;Zielwert;Veränderung;Ausgangswert;Quelle Ausgangswert;Status;Beschlossen am;Notiz;Begründung;Version";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string fileName, byte[] content, bool preview)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await client.PostAsync(preview ? "/api/v1/targets/import/preview" : "/api/v1/targets/import", form, Ct);
    }

    private async Task<int> VersionCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.TargetVersions.CountAsync(Ct);
    }

    private async Task<TargetVersion?> CurrentAsync(int year, string unit, string indicator)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var target = await db.Targets.Include(t => t.Versions)
            .FirstOrDefaultAsync(t => t.Year == year && t.OrgUnit!.Code == unit && t.Indicator!.Code == indicator, Ct);
        return target?.Current;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Csv_preview_shows_each_rows_version_stores_nothing_and_the_import_stores_all_through_the_maintenance_rules()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var file = Csv(
            "2015;JC;K1;-1,0;;;;endgültig;20.03.2015;Prognose 2015 veröffentlicht;;",
            "2016;JC;K3;;+1,3 %;17.970;Zielwert 2015;Planungsangebot;2015-11-30;Angebot 2016;;");
        var before = await VersionCountAsync();

        var preview = await JsonAsync(await PostAsync(gf, "ziele.csv", file, preview: true), HttpStatusCode.OK);
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("change").GetString(), r.GetProperty("version").GetInt32()))
            .ShouldBe([(2, "changed", 2), (3, "new", 1)]);
        rows[1].GetProperty("value").GetDecimal().ShouldBe(18204m); // 17.970 + 1,3 %, rounded as a count
        (await VersionCountAsync()).ShouldBe(before);

        var done = await JsonAsync(await PostAsync(gf, "ziele.csv", file, preview: false), HttpStatusCode.OK);
        (done.GetProperty("new").GetInt32(), done.GetProperty("changed").GetInt32()).ShouldBe((1, 1));
        var k1 = (await CurrentAsync(2015, "JC", "K1"))!;
        (k1.Number, k1.Value, k1.Status, k1.CreatedBy).ShouldBe((2, -1.0m, TargetStatus.Final, DemoAccounts.Geschaeftsfuehrung));
        (await CurrentAsync(2016, "JC", "K3"))!.Change.ShouldBe(1.3m);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(TargetVersion) && a.Reason == "Import von Zielen (ziele.csv)", Ct)).ShouldBe(2);

        // The same file again: every row unchanged, nothing written.
        var again = await JsonAsync(await PostAsync(gf, "ziele.csv", file, preview: false), HttpStatusCode.OK);
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        (await VersionCountAsync()).ShouldBe(before + 2);
    }

    [Fact]
    public async Task Xlsx_with_date_and_number_cells_is_imported()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var xlsx = ImportFiles.Xlsx(
            Header.Split(';'),
            [2017.0, "JC", "K2", 22.0, null, null, null, "Planungsangebot", new DateTime(2016, 12, 1), "Angebot 2017", null, null]);

        var preview = await JsonAsync(await PostAsync(gf, "ziele.xlsx", xlsx, preview: true), HttpStatusCode.OK);
        preview.GetProperty("new").GetInt32().ShouldBe(1);
        await JsonAsync(await PostAsync(gf, "ziele.xlsx", xlsx, preview: false), HttpStatusCode.OK);

        var k2 = (await CurrentAsync(2017, "JC", "K2"))!;
        (k2.Value, k2.DecidedOn, k2.Status).ShouldBe((22m, new DateOnly(2016, 12, 1), TargetStatus.Planungsangebot));
    }

    [Fact]
    public async Task One_bad_row_fails_the_whole_file_with_its_row_and_column()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await VersionCountAsync();
        var file = Csv(
            "2018;JC;K2;22,5;;;;Planungsangebot;01.12.2017;gut;;",
            "2018;JC;EQ;abc;;;;Planungsangebot;31.02.2017;schlecht;;",
            "2018;JC;K3;;;;;Angepasst;01.12.2017;;;");

        var problem = await JsonAsync(await PostAsync(gf, "ziele.csv", file, preview: false), HttpStatusCode.BadRequest);
        var errors = problem.Errors();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "Zielwert" && e.Message.Contains("keine Zahl"));
        errors.ShouldContain(e => e.Row == 3 && e.Column == "Beschlossen am");
        errors.ShouldContain(e => e.Row == 4 && e.Message.Contains("Begründung"));
        (await VersionCountAsync()).ShouldBe(before);
        (await CurrentAsync(2018, "JC", "K2")).ShouldBeNull();
    }

    [Fact]
    public async Task A_stale_version_fails_the_whole_import_with_409()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await VersionCountAsync();
        var file = Csv(
            "2019;JC;K2;23;;;;Planungsangebot;01.12.2018;neu;;",
            "2015;JC;U25;-3;;;;vorläufig;15.01.2015;Senkung um 3 %;;0");

        var problem = await JsonAsync(await PostAsync(gf, "ziele.csv", file, preview: false), HttpStatusCode.Conflict);
        problem.Errors().ShouldContain(e => e.Row == 3 && e.Message.Contains("inzwischen geändert"));
        (await VersionCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(DemoAccounts.Traeger)]
    [InlineData(DemoAccounts.Administration)]
    [InlineData("tl-vel-mi@me-aktiv.example")]
    public async Task Roles_that_only_read_targets_get_403(string account)
    {
        using var client = await app.CreateApiClientAsync(account);
        var file = Csv("2020;JC;K2;23;;;;Planungsangebot;01.12.2019;neu;;");

        foreach (var preview in new[] { true, false })
        {
            await JsonAsync(await PostAsync(client, "ziele.csv", file, preview), HttpStatusCode.Forbidden);
        }

        (await CurrentAsync(2020, "JC", "K2")).ShouldBeNull();
    }

    [Fact]
    public async Task The_sample_file_matches_the_seeded_targets_so_every_row_is_unchanged_and_nothing_is_created()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "ziele-import-beispiel.csv"), Ct);
        var before = await VersionCountAsync();

        var done = await JsonAsync(await PostAsync(gf, "ziele-import-beispiel.csv", sample, preview: false), HttpStatusCode.OK);

        done.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("change").GetString()).ShouldBe(Enumerable.Repeat("unchanged", 5));
        (await VersionCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Seeded_targets_carry_the_planning_documents_baselines_and_are_audited_as_seeded()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var versions = await db.TargetVersions.AsNoTracking()
            .Join(db.Targets.Where(t => t.Year == 2015 && t.OrgUnit!.Code == "JC"), v => v.TargetId, t => t.Id, (v, t) => new { v, t.Indicator!.Code })
            .ToListAsync(Ct);
        var k2 = versions.Single(x => x.Code == "K2" && x.v.Number == 1).v;
        (k2.Value, k2.Baseline, k2.Change, k2.CreatedBy).ShouldBe((21.7m, 21.5m, 1.0m, SeedImporter.SeedUser));
        k2.BaselineSource.ShouldBe("Integrationsquote im Jahr 2014 (Lokales Planungsdokument 2015)");
        var k3 = versions.Single(x => x.Code == "K3" && x.v.Number == 1).v;
        (k3.Baseline, k3.Change).ShouldBe((17729m, 1.3m));
        versions.Single(x => x.Code == "EQ").v.Baseline.ShouldBe(39m);
        versions.Single(x => x.Code == "BSU25").v.Baseline.ShouldBe(107m);

        var seeded = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(TargetVersion) && a.Reason == SeedImporter.SeedReason)
            .Select(a => a.EntityKey).ToListAsync(Ct);
        seeded.ShouldContain(k2.Id.ToString());
        seeded.Count.ShouldBe(await db.TargetVersions.CountAsync(v => v.CreatedBy == SeedImporter.SeedUser, Ct));
    }

    [Fact]
    public async Task A_project_target_comes_with_its_period_and_monthly_plan_and_a_plan_that_does_not_fit_is_refused()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        const string header = Header + ";Zeitraum von;Zeitraum bis;Phasierung;Monatsplan";
        byte[] File(string line) => Encoding.UTF8.GetBytes(header + "\r\n" + line + "\r\n");

        var wrong = await JsonAsync(await PostAsync(gf, "projekt.csv",
            File("2016;JC;AQ;120;;;;Planungsangebot;01.12.2015;Projekt;;;04/2016;06/2016;Plan;10 20"), preview: true), HttpStatusCode.BadRequest);
        wrong.GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("column").GetString() == "Monatsplan"
            && e.GetProperty("message").GetString()!.Contains("3 Werte"));

        await JsonAsync(await PostAsync(gf, "projekt.csv",
            File("2016;JC;AQ;120;;;;Planungsangebot;01.12.2015;Projekt;;;04/2016;06/2016;Plan;10 | 20 | 30"), preview: false), HttpStatusCode.OK);
        var saved = (await CurrentAsync(2016, "JC", "AQ")).ShouldNotBeNull();
        saved.PeriodFrom.ShouldBe(new DateOnly(2016, 4, 1));
        saved.PeriodTo.ShouldBe(new DateOnly(2016, 6, 1));
        saved.Phasing.ShouldBe(TargetPhasing.Plan);
        var versions = (await gf.GetJsonAsync("/api/v1/targets/2016/JC/AQ/versions")).EnumerateArray().First();
        versions.GetProperty("periodFrom").GetString().ShouldBe("2016-04");
        versions.GetProperty("phasing").GetProperty("plan").EnumerateArray().Select(v => v.GetDecimal()).ShouldBe([10m, 20m, 30m]);
    }
}
