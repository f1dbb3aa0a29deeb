using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// Issue 17: an upload's work is bounded (docs/security.md, "Uploads"). A CSV of a million bad lines gave a 266 MB error
/// answer; a 2,4 MB XLSX unpacking to 1 GB kept the server busy for minutes; one 100-million-character shared string
/// took 818 MB. Now: the first 100 errors with their total, a row cap, the unpacked size, shared-string and cell
/// limits checked before parsing — each refused quickly with a German message, nothing stored.
/// </summary>
public sealed class ImportBoundsTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_of_150000_bad_lines_lists_the_first_100_errors_and_counts_them_all()
    {
        var file = ImportFiles.CsvLines(Enumerable.Repeat("kaputt", 150_000));

        var (status, body, json) = await PreviewAsync("zahlen.csv", file);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.Length.ShouldBeLessThan(50_000);
        json.GetProperty("errors").GetArrayLength().ShouldBe(100);
        json.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(2);
        json.GetProperty("errorCount").GetInt32().ShouldBe(150_000);
        json.GetProperty("detail").GetString().ShouldBe("150.000 Zeilen der Datei sind fehlerhaft. So kann die Datei nicht importiert " +
                                                        "werden. Aufgeführt sind die ersten 100 von 150.000 Fehlern.");
    }

    [Fact]
    public async Task A_file_of_a_million_lines_is_refused_at_the_row_cap_as_a_whole()
    {
        var file = ImportFiles.CsvLines(Enumerable.Repeat("kaputt", 1_000_000));

        var (status, body, json) = await PreviewAsync("zahlen.csv", file);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.Length.ShouldBeLessThan(5_000);
        json.GetProperty("detail").GetString()!.ShouldStartWith("Die Datei hat mehr als 200.000 Zeilen.");
    }

    [Fact]
    public async Task An_XLSX_with_a_100_million_character_shared_string_is_refused_before_it_is_read()
    {
        var file = WithPart(ValidXlsx(), "xl/sharedStrings.xml", stream =>
        {
            using var writer = new StreamWriter(stream, Encoding.UTF8);
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
            var chunk = new string('a', 1_000_000);
            for (var i = 0; i < 100; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("</t></si></sst>");
        });
        file.Length.ShouldBeLessThan(1_000_000);

        var (status, _, json) = await PreviewAsync("zahlen.xlsx", file);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        json.GetProperty("detail").GetString()!.ShouldContain("einen Text mit mehr als 32.767 Zeichen");
    }

    [Fact]
    public async Task An_XLSX_that_unpacks_to_more_than_200_MB_is_refused_while_unpacking()
    {
        var file = WithPart(ValidXlsx(), "xl/media/filler.bin", stream =>
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 210; i++)
            {
                stream.Write(zeros);
            }
        });

        var watch = Stopwatch.StartNew();
        var (status, _, json) = await PreviewAsync("zahlen.xlsx", file);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        json.GetProperty("detail").GetString()!.ShouldStartWith("Die XLSX-Datei ist entpackt größer als 200 MB");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task An_XLSX_whose_sheet_reaches_column_XFD_is_refused()
    {
        var file = WithPart(ValidXlsx(), "xl/worksheets/sheet1.xml", stream =>
        {
            using var writer = new StreamWriter(stream, Encoding.UTF8);
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>""");
        });

        var (status, _, json) = await PreviewAsync("zahlen.xlsx", file);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        json.GetProperty("detail").GetString()!.ShouldContain("rechts von Spalte 100");
    }

    [Fact]
    public async Task A_valid_XLSX_still_passes_the_checks() =>
        (await PreviewAsync("zahlen.xlsx", ValidXlsx())).Status.ShouldBe(HttpStatusCode.OK);

    private async Task<(HttpStatusCode Status, string Body, JsonElement Json)> PreviewAsync(string name, byte[] file)
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));
        using var response = await client.PostImportAsync(name, file, preview: true);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, body, JsonDocument.Parse(body).RootElement);
    }

    private static byte[] ValidXlsx() => ImportFiles.Xlsx(
        ["Monat", "Einheit", "Kennzahl", "Komponente", "Wert"], ["2015-06", "VEL-MI", "K2", "INT", 91]);

    /// <summary>The workbook with the part replaced (or added), written by <paramref name="write"/>.</summary>
    private static byte[] WithPart(byte[] xlsx, string name, Action<Stream> write)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var part = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            write(part);
        }

        return stream.ToArray();
    }
}

/// <summary>The app with a time budget of 0 seconds per import: every file runs out of time.</summary>
public sealed class NoTimeAppFactory : MeAktivAppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Import:MaxSeconds", "0");
}

/// <summary>The time budget (<c>Import:MaxSeconds</c>): a file that is not read, checked and stored in time is refused
/// as a whole, nothing stored.</summary>
public sealed class ImportTimeBudgetTests(NoTimeAppFactory app) : IClassFixture<NoTimeAppFactory>
{
    [Fact]
    public async Task An_import_over_its_time_budget_is_refused_and_stores_nothing()
    {
        using var client = await app.CreateApiClientAsync(DemoAccounts.Teamleitung("VEL-MI"));

        using var response = await client.PostImportAsync("zahlen.csv", ImportFiles.Csv("2015-06;VEL-MI;K2;INT;12345"));

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!
            .ShouldStartWith("Die Datei konnte nicht in der erlaubten Zeit (0 Sekunden) geprüft werden.");
        var stored = await client.GetStringAsync("/api/v1/actuals?unit=VEL-MI&year=2015", TestContext.Current.CancellationToken);
        stored.ShouldNotContain("12345");
    }
}
