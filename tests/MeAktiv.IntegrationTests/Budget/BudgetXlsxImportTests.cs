using System.Net;
using System.Text;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>
/// The budget import of an Excel workbook (issue 21) through the figure import's bounded readers: numeric cells and
/// German text, all rows or none, German messages naming the sheet's row, an unreadable workbook and a wrong file kind
/// refused. Real XLSX files built in the test (<see cref="ImportFiles.Xlsx"/>). Own app: the tests store months 9 and 10.
/// </summary>
public sealed class BudgetXlsxImportTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static readonly object?[] Header = ["Jahr", "Monat", "Position", "Mittelbindung", "Ausgaben"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_xlsx_with_numeric_cells_and_german_text_is_stored_and_audited_as_one_import()
    {
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        var xlsx = ImportFiles.Xlsx(Header, [2015, 9, "EGL-AGH", 12000.5, "1.234.567,89"], [2015d, "9", "egl-egz", 0, 99.5]);

        var response = await Import(fin, "haushalt.xlsx", xlsx);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.BudgetExecutions.Where(e => e.Year == 2015 && e.Month == 9).Include(e => e.Line).ToDictionaryAsync(e => e.Line!.Code, Ct);
        stored.Count.ShouldBe(2);
        (stored["EGL-AGH"].Committed, stored["EGL-AGH"].Paid).ShouldBe((12000.5m, 1_234_567.89m));
        (stored["EGL-EGZ"].Committed, stored["EGL-EGZ"].Paid).ShouldBe((0m, 99.5m));
        (await db.AuditEntries.CountAsync(a => a.Reason == "Import haushalt.xlsx", Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task A_bad_row_stores_nothing_and_each_problem_names_its_sheet_row_in_german()
    {
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        var xlsx = ImportFiles.Xlsx(Header, [2015, 10, "EGL-AGH", 1000, 500], [2015, 10, "GIBTS-NICHT", 1, 1], [2015, 10, "EGL-EGZ", "abc", 1],
            [2015, 10, "EGL-FBW", -5, 1]);

        var first = await Rows(await Import(fin, "haushalt.xlsx", xlsx));
        first.ShouldContain(e => e.StartsWith("Zeile 4:") && e.Contains("'abc' ist keine Zahl"));
        await StoredAsync(10).ShouldBeAsync(0);

        // the readable rows then go through the entry rules: unknown line and negative amount, with the sheet's rows
        var semantic = await Rows(await Import(fin, "haushalt.xlsx",
            ImportFiles.Xlsx(Header, [2015, 10, "EGL-AGH", 1000, 500], [2015, 10, "GIBTS-NICHT", 1, 1], [2015, 10, "EGL-FBW", -5, 1])));
        semantic.ShouldContain(e => e.StartsWith("Zeile 3: Die Haushaltsposition 'GIBTS-NICHT'"));
        semantic.ShouldContain(e => e.StartsWith("Zeile 4:") && e.Contains("nicht negativ"));
        await StoredAsync(10).ShouldBeAsync(0);

        var missing = await Rows(await Import(fin, "haushalt.xlsx", ImportFiles.Xlsx(["Jahr", "Monat", "Position", "Ausgaben"], [2015, 10, "EGL-AGH", 1])));
        missing.ShouldContain(e => e.Contains("Die Spalte 'Mittelbindung' fehlt"));
        (await Rows(await Import(fin, "haushalt.xlsx", Encoding.UTF8.GetBytes("kein Excel")))).ShouldContain(e => e.Contains("keine lesbare XLSX-Datei"));
        (await Rows(await Import(fin, "haushalt.txt", Encoding.UTF8.GetBytes("Jahr;Monat")))).ShouldContain(e => e.Contains("weder eine CSV-Datei"));
        await StoredAsync(10).ShouldBeAsync(0);
    }

    private static async Task<HttpResponseMessage> Import(HttpClient client, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        return await client.PostAsync("/api/v1/budgets/import", form, Ct);
    }

    private static async Task<List<string>> Rows(HttpResponseMessage response) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("rows").EnumerateArray()
        .Select(e => e.GetString()!).ToList();

    private async Task<int> StoredAsync(int month)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.BudgetExecutions.CountAsync(e => e.Year == 2015 && e.Month == month, Ct);
    }
}
