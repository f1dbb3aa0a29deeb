using System.Net;
using System.Text.Json;
using MeAktiv.Core.Features.Import;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The import reads its file in chunks (<see cref="ImportRows.ChunkSize"/> rows) and writes each valid chunk at once:
/// the rules that look across rows must still see the whole file, and a problem in a late chunk must leave nothing
/// stored. Files of more than two chunks whose related rows lie chunks apart (through <c>POST /api/v1/imports</c>).
/// </summary>
public sealed class ImportChunkTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private const string Unit = "LAN-MI";

    /// <summary>Valid lines of two teams, month by month from 2016-07: more than four chunks.</summary>
    private Task<List<string>> LinesAsync() =>
        ValidRows.GenerateAsync(app.DatabasePath, 4 * ImportRows.ChunkSize + 300, u => u is Unit or "MET-MI");

    private async Task<JsonElement> RefusedAsync(List<string> lines, HttpStatusCode status, bool preview = false)
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await app.CountsAsync();
        var problem = await (await gf.PostImportAsync("zahlen.csv", ImportFiles.CsvLines(lines), preview: preview)).ShouldBeProblemAsync(status);
        (await app.CountsAsync()).ShouldBe(before);
        return problem;
    }

    /// <summary>The file's row of a line (the header is row 1).</summary>
    private static int Row(List<string> lines, string line) => lines.IndexOf(line) + 2;

    private static string Line(List<string> lines, string month, string indicator, string component) =>
        lines.Single(l => l.StartsWith($"{month};{Unit};{indicator};{component};", StringComparison.Ordinal));

    private static string WithValue(string line, string value) => line[..(line.LastIndexOf(';') + 1)] + value;

    [Fact]
    public async Task A_repeat_of_the_first_line_in_the_last_chunk_is_found_and_nothing_is_stored()
    {
        var lines = await LinesAsync();
        lines.Add(WithValue(lines[0], "7"));

        var problem = await RefusedAsync(lines, HttpStatusCode.BadRequest);

        problem.Errors().ShouldBe([(lines.Count + 1, "Wert", "Dieser Wert steht mehrfach in der Eingabe.")]);
    }

    [Fact]
    public async Task A_part_far_after_its_whole_and_a_whole_far_after_its_part_are_both_checked_against_each_other()
    {
        var lines = await LinesAsync();
        var (whole, part) = (Line(lines, "2016-07", "EQ", "AUS"), Line(lines, "2016-08", "EQ", "SVB"));
        lines.Remove(whole);
        lines.Remove(part);
        // The whole of July after its part (120), lowered; the part of August after its whole (120), raised.
        lines.AddRange([WithValue(whole, "10"), WithValue(part, "500")]);

        var problem = await RefusedAsync(lines, HttpStatusCode.BadRequest);

        problem.Findings("errors").ShouldBe([
            (Row(lines, Line(lines, "2016-07", "EQ", "SVB")), "PartExceedsWhole", "davon svB nach 6 Monaten (120) darf nicht größer sein als Austritte (10)."),
            (lines.Count + 1, "PartExceedsWhole", "davon svB nach 6 Monaten (500) darf nicht größer sein als Austritte (120)."),
        ]);
    }

    [Fact]
    public async Task A_jump_against_a_month_that_comes_chunks_later_in_the_file_needs_a_confirmation_and_keeps_its_reason()
    {
        var lines = await LinesAsync();
        var (jump, august) = (Line(lines, "2016-09", "EQ", "AUS"), Line(lines, "2016-08", "EQ", "AUS"));
        lines[lines.IndexOf(jump)] = jump = WithValue(jump, "1000");
        lines.Remove(august);
        lines.Add(august); // September's last month comes chunks after it, in the last chunk
        var (september, october, nextYear) =
            (Row(lines, jump), Row(lines, Line(lines, "2016-10", "EQ", "AUS")), Row(lines, Line(lines, "2017-09", "EQ", "AUS")));

        var unconfirmed = await RefusedAsync(lines, (HttpStatusCode)422);
        unconfirmed.Findings("errors").Select(e => (e.Row, e.Code))
            .ShouldBe([(september, "JumpPreviousMonth"), (october, "JumpPreviousMonth"), (nextYear, "JumpLastYear")]);

        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var imported = await gf.PostImportAsync("zahlen.csv", ImportFiles.CsvLines(lines), query: "?confirm=true&reason=" + Uri.EscapeDataString("Sondereffekt"));

        (await imported.CountsAsync()).ShouldBe((lines.Count, lines.Count, 0, 0));
        (await app.FigureAuditAsync(Unit, "EQ", "AUS", 2016, 9)).ShouldBe([("Added", "Plausibilität bestätigt (Sprung zum Vormonat): Sondereffekt")]);
        (await app.FigureAuditAsync(Unit, "EQ", "AUS", 2017, 9)).ShouldBe([("Added", "Plausibilität bestätigt (Sprung zum Vorjahresmonat): Sondereffekt")]);
        (await app.FigureAuditAsync(Unit, "EQ", "AUS", 2016, 8)).ShouldBe([("Added", (string?)null)]);
    }

    [Fact]
    public async Task An_error_in_the_last_chunk_stores_nothing_of_the_chunks_before_and_the_preview_says_the_same()
    {
        var lines = await LinesAsync();
        lines.Add($"2016-07;{Unit};EQ;GIBTESNICHT;5");

        var import = await RefusedAsync(lines, HttpStatusCode.BadRequest);
        var preview = await RefusedAsync(lines, HttpStatusCode.BadRequest, preview: true);

        import.Errors().ShouldBe([(lines.Count + 1, "Komponente", "Die Komponente 'GIBTESNICHT' gehört nicht zur Kennzahl 'EQ'.")]);
        preview.Errors().ShouldBe(import.Errors());
    }
}
