using System.Text;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// GET /api/v1/imports/template.csv|xlsx on the demo data (complete up to 05/2015, June being entered): the months the
/// team still owes, not the wall-clock month; only the components of its reporting duties, with German names; the
/// template as delivered imports cleanly (empty rows skipped, nothing changed); the preview shows old → new per value.
/// </summary>
public sealed class ImportTemplateTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[][] Split(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';'))];

    [Fact]
    public async Task The_template_holds_the_owed_month_and_only_the_components_of_the_teams_duties_with_names()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("MET-MI"));
        var response = await tl.GetAsync("/api/v1/imports/template.csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes[..3].ShouldBe(Encoding.UTF8.GetPreamble()); // German Excel opens UTF-8 only with the BOM
        var lines = Split(bytes);

        lines[0].ShouldBe(["Monat", "Einheit", "Name der Einheit", "Kennzahl", "Name der Kennzahl", "Komponente", "Name der Komponente", "Wert"]);
        var rows = lines[1..];
        rows.Select(r => r[0]).Distinct().ShouldBe(["2015-06"]); // the month being entered, not {DateTime.Now:yyyy-MM}
        var disposition = response.Content.Headers.ContentDisposition!;
        (disposition.FileNameStar ?? disposition.FileName).ShouldBe("ME-aktiv-Importvorlage-2015-06.csv");
        rows.ShouldAllBe(r => r[1] == "MET-MI");
        rows.Select(r => (r[3], r[5])).Distinct().Count().ShouldBe(rows.Length);
        rows.Select(r => (r[3], r[5])).ToHashSet().SetEquals(await DutyComponentsAsync("MET-MI")).ShouldBeTrue();
        rows.First(r => r[3] == "K2" && r[5] == "INT")[4..7].ShouldBe(["Integrationsquote", "INT", "Integrationen"]);
    }

    [Fact]
    public async Task The_XLSX_template_has_the_same_rows_on_its_first_sheet()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("HIL-LG"));
        var csv = Split(await (await tl.GetAsync("/api/v1/imports/template.csv", Ct)).Content.ReadAsByteArrayAsync(Ct));
        using var xlsx = new MemoryStream(await (await tl.GetAsync("/api/v1/imports/template.xlsx", Ct)).Content.ReadAsByteArrayAsync(Ct));

        var rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        rows.Select(r => $"{r["Monat"]};{r["Einheit"]};{r["Kennzahl"]};{r["Komponente"]};{r["Name der Komponente"]}")
            .ShouldBe(csv[1..].Select(r => $"{r[0]};{r[1]};{r[3]};{r[5]};{r[6]}"));
    }

    [Fact]
    public async Task The_template_as_delivered_imports_cleanly_skipping_its_empty_rows_and_changing_nothing()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var template = await (await tl.GetAsync("/api/v1/imports/template.csv", Ct)).Content.ReadAsByteArrayAsync(Ct);
        var lines = Split(template)[1..];
        var before = await FigureState.ReadAsync(app);

        var json = await BodyAsync(await tl.PostImportAsync("vorlage.csv", template));

        var empty = lines.Count(l => l[7].Length == 0);
        json.GetProperty("skipped").GetInt32().ShouldBe(empty);
        (json.GetProperty("new").GetInt32(), json.GetProperty("changed").GetInt32()).ShouldBe((0, 0));
        json.GetProperty("unchanged").GetInt32().ShouldBe(lines.Length - empty);

        // Rows left empty, as a team lead leaves what is not known yet: skipped, no error, nothing changed.
        var blanked = lines.Select((l, i) => i < 3 ? l[..7].Append("").ToArray() : l).Select(l => string.Join(';', l));
        var partly = Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(';', Split(template)[0]), .. blanked]) + "\r\n");
        var preview = await tl.PostImportAsync("vorlage.csv", partly, preview: true);
        var body = await BodyAsync(preview);
        body.GetProperty("skipped").GetInt32().ShouldBe(lines.Take(3).Count() + lines.Skip(3).Count(l => l[7].Length == 0));
        body.GetProperty("changed").GetInt32().ShouldBe(0);
        (await FigureState.ReadAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task The_preview_shows_old_and_new_per_value_and_marks_unchanged_ones()
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        var template = Split(await (await tl.GetAsync("/api/v1/imports/template.csv", Ct)).Content.ReadAsByteArrayAsync(Ct));
        var filled = template[1..].Where(l => l[7].Length > 0).Take(2).ToList();
        filled.Count.ShouldBe(2, "the demo has June figures of VEL-MI");
        var (changed, german) = (filled[0], new System.Globalization.CultureInfo("de-DE"));
        var old = decimal.Parse(changed[7], german);
        var file = ImportFiles.Csv($"{changed[0]};{changed[1]};{changed[3]};{changed[5]};{(old + 1).ToString(german)}",
            $"{filled[1][0]};{filled[1][1]};{filled[1][3]};{filled[1][5]};{filled[1][7]}");
        var before = await FigureState.ReadAsync(app);

        var values = (await BodyAsync(await tl.PostImportAsync("vorlage.csv", file, preview: true))).GetProperty("values").EnumerateArray().ToList();

        values.Count.ShouldBe(2);
        (values[0].GetProperty("row").GetInt32(), values[0].GetProperty("old").GetDecimal(), values[0].GetProperty("new").GetDecimal(),
            values[0].GetProperty("change").GetString()).ShouldBe((2, old, old + 1, "Changed"));
        values[1].GetProperty("change").GetString().ShouldBe("Unchanged");
        (await FigureState.ReadAsync(app)).ShouldBe(before); // a preview stores nothing
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>(indicator, component) of every duty of the unit covering 06/2015 (a duty without a component: all of them).</summary>
    private async Task<HashSet<(string, string)>> DutyComponentsAsync(string unit)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var duties = await db.ReportingDuties.AsNoTracking().Include(d => d.Indicator!).ThenInclude(i => i.Components)
            .Where(d => d.OrgUnit!.Code == unit).ToListAsync(Ct);
        return [.. duties.Where(d => d.AppliesTo(new(2015, 6)))
            .SelectMany(d => d.Indicator!.Components.Where(c => d.ComponentId is null || c.Id == d.ComponentId).Select(c => (d.Indicator.Code, c.Code)))];
    }
}
