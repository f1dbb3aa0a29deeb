using System.Net;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// Every kind of bad input answers 400 with the row, the column and a German reason — and stores NOTHING: neither the
/// good rows of the file nor an audit entry (the figures, their versions and the audit history are compared before
/// and after). Nothing here is ever stored, so all tests share one app.
/// </summary>
public sealed class ImportBadInputTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    /// <summary>Rows 2–4 of every file: valid on their own.</summary>
    private static readonly string[] GoodRows = ["2016-06;VEL-MI;EQ;AUS;10", "2016-06;VEL-MI;EQ;SVB;4", "2016-06;HIL-MI;EQ;AUS;8"];

    [Theory]
    [InlineData("2016-06;XYZ-99;EQ;AUS;1", "Einheit", "Die Einheit 'XYZ-99' gibt es nicht")]
    [InlineData("2016-06;VEL-MI;K99;AUS;1", "Kennzahl", "Die Kennzahl 'K99' gibt es nicht")]
    [InlineData("2016-06;VEL-MI;K2;LZB;1", "Komponente", "gehört nicht zur Kennzahl 'K2'")]
    [InlineData("2099-01;VEL-MI;EQ;AUS;1", "Monat", "liegt in der Zukunft")]
    [InlineData("06.2016;VEL-MI;EQ;AUS;1", "Monat", "kein Monat im Format JJJJ-MM")]
    [InlineData("2016-13;VEL-MI;EQ;AUS;1", "Monat", "kein Monat im Format JJJJ-MM")]
    [InlineData(";VEL-MI;EQ;AUS;1", "Monat", "Das Feld 'Monat' ist leer")]
    [InlineData("2016-06;VEL-MI;K2;INT;-5", "Wert", "darf nicht negativ sein")]
    [InlineData("2016-06;VEL-MI;K2;INT;12,5", "Wert", "ganze Zahl")]
    [InlineData("2016-06;JC;U25;ALQ;120", "Wert", "zwischen 0 und 100")]
    [InlineData("2016-06;VEL-MI;KDU;KDU;1234,567", "Wert", "höchstens zwei Nachkommastellen")]
    [InlineData("2016-06;VEL-MI;K2;INT;zwölf", "Wert", "'zwölf' ist keine Zahl")]
    [InlineData("2016-06;VEL-MI;K2;INT;21.4", "Wert", "'21.4' ist keine Zahl")]
    [InlineData("2016-06;VEL-MI;;INT;5", "Kennzahl", "Das Feld 'Kennzahl' ist leer")] // an empty Wert is skipped, not an error (ImportTemplateTests)
    [InlineData("2016-06;VEL-MI;BAMF;BEL;5", "Einheit", "wird nicht auf der Ebene von 'VEL-MI' erfasst")]
    [InlineData("2016-06;ERK-MI;EQ;AUS;1", "Einheit", "besteht im Monat 2016-06 nicht")]
    [InlineData("2016-06;VEL-MI;EQ;AUS;11", "Wert", "mehrfach")]
    [InlineData("2016-06;HIL-MI;EQ;SVB;9", "Wert", "davon svB nach 6 Monaten (9) darf nicht größer sein als Austritte (8).")]
    [InlineData("2016-06;VEL-MI;K2;INT;100001", "Wert", "Obergrenze von 100.000 für „Integrationen“")]
    [InlineData("2016-06;VEL-MI;EQ;AUS", null, "4 Felder statt 5")]
    [InlineData("2016-06;\"VEL-MI;EQ;AUS;1", null, "Anführungszeichen")]
    public async Task A_bad_row_gives_400_with_row_column_and_German_reason_and_nothing_is_stored(string bad, string? column, string message)
    {
        var problem = await RefusedAsync("zahlen.csv", ImportFiles.Csv([.. GoodRows, bad]));

        var error = problem.Errors().ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((5, column));
        error.Message.ShouldContain(message);
        problem.Text("detail")!.ShouldBe("1 Zeile der Datei ist fehlerhaft. Es wurde nichts gespeichert.");
    }

    [Theory]
    [InlineData("Monat;Einheit;Kennzahl;Komponente\r\n2016-06;VEL-MI;EQ;AUS\r\n", 1, "Wert", "Die Spalte 'Wert' fehlt")]
    [InlineData("Monat;Einheit;Kennzahl;Komponente;Wert;Bemerkung\r\n2016-06;VEL-MI;EQ;AUS;1;x\r\n", 1, "Bemerkung", "Unbekannte Spalte")]
    [InlineData("Monat,Einheit,Kennzahl,Komponente,Wert\r\n2016-06,VEL-MI,EQ,AUS,1\r\n", 1, null, "nicht durch ';' getrennt")]
    [InlineData("Monat;Einheit;Kennzahl;Komponente;Wert\r\n", null, null, "nur die Kopfzeile")]
    [InlineData("", null, null, "Die Datei ist leer")]
    [InlineData("\r\n;;;;\r\n", null, null, "Die Datei ist leer")]
    public async Task A_bad_file_gives_400_with_a_German_reason_and_nothing_is_stored(string content, int? row, string? column, string message)
    {
        var problem = await RefusedAsync("zahlen.csv", System.Text.Encoding.UTF8.GetBytes(content));

        var error = problem.Errors().ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((row, column));
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("zahlen.txt", "weder eine CSV-Datei (.csv) noch eine Excel-Arbeitsmappe (.xlsx)")]
    [InlineData("zahlen.xls", "weder eine CSV-Datei (.csv) noch eine Excel-Arbeitsmappe (.xlsx)")]
    [InlineData("zahlen.xlsx", "keine lesbare XLSX-Datei")]
    public async Task A_file_of_another_kind_gives_400(string fileName, string message) =>
        (await RefusedAsync(fileName, ImportFiles.Csv(GoodRows))).Errors().ShouldHaveSingleItem().Message.ShouldContain(message);

    [Fact]
    public async Task Every_bad_row_is_listed_in_row_order_with_reading_and_rule_errors_together()
    {
        var problem = await RefusedAsync("zahlen.csv", ImportFiles.Csv(
            "2016-06;VEL-MI;EQ;AUS;-1", GoodRows[1], "2016-06;VEL-MI;K2;INT;abc", "2016-6;VEL-MI;K2;ELB;x", GoodRows[2], "2016-06;XYZ;EQ;AUS;1"));

        problem.Errors().Select(e => (e.Row, e.Column)).ShouldBe([(2, "Wert"), (4, "Wert"), (5, "Monat"), (5, "Wert"), (7, "Einheit")]);
        problem.Text("detail")!.ShouldBe("4 Zeilen der Datei sind fehlerhaft. Es wurde nichts gespeichert.");
    }

    [Fact]
    public async Task One_bad_row_among_500_good_ones_stores_no_row()
    {
        var lines = await ValidRows.GenerateAsync(app.DatabasePath, 500);
        lines[249] = lines[249][..lines[249].LastIndexOf(';')] + ";1,5,0";

        var error = (await RefusedAsync("zahlen.csv", ImportFiles.CsvLines(lines))).Errors().ShouldHaveSingleItem();

        (error.Row, error.Column).ShouldBe((251, "Wert"));
    }

    [Fact]
    public async Task A_bad_cell_of_an_XLSX_file_is_reported_with_the_sheet_row()
    {
        var xlsx = ImportFiles.Xlsx(
            [null, null, null, null, null],
            ["Monat", "Einheit", "Kennzahl", "Komponente", "Wert"],
            ["2016-06", "VEL-MI", "EQ", "AUS", 3.0],
            [null, null, null, null, null],
            ["2016-06", "VEL-MI", "EQ", "SVB", "drei"]);

        var error = (await RefusedAsync("zahlen.xlsx", xlsx)).Errors().ShouldHaveSingleItem();

        (error.Row, error.Column, error.Message).ShouldBe((5, "Wert", "'drei' ist keine Zahl. Erwartet wird eine Zahl mit Dezimalkomma, " +
            "z. B. 1234,5 (Tausenderpunkte nur in Dreiergruppen wie 17.970)."));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_413_with_a_German_message()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await FigureState.ReadAsync(app);
        var big = new byte[21 * 1024 * 1024];

        var problem = await (await gf.PostImportAsync("zahlen.csv", big)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.Text("detail")!.ShouldContain("höchstens 20 MB");
        (await FigureState.ReadAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task A_request_without_a_file_gets_400()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var response = await gf.PostAsync("/api/v1/imports", new StringContent("{}"), TestContext.Current.CancellationToken);
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("im Feld 'file'");
    }

    private async Task<JsonElement> RefusedAsync(string fileName, byte[] content)
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await FigureState.ReadAsync(app);

        var preview = await gf.PostImportAsync(fileName, content, preview: true);
        var previewProblem = await preview.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var response = await gf.PostImportAsync(fileName, content);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        previewProblem.GetProperty("errors").GetRawText().ShouldBe(problem.GetProperty("errors").GetRawText());
        (await FigureState.ReadAsync(app)).ShouldBe(before);
        return problem;
    }
}
