using System.Net;
using System.Text.Json;
using MeAktiv.IntegrationTests.Figures;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The plausibility rules through <c>POST /api/v1/imports</c> on real SQLite (demo figures of June 2015): hard findings
/// are errors of their rows (400), soft ones warnings of the preview and a 422 of the import until it is confirmed with
/// <c>confirm=true</c> and a <c>reason</c>; the reason is kept in the audit entries of the rows with a finding only.
/// </summary>
public sealed class ImportPlausibilityTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static readonly Dictionary<string, string> ConfirmOnly = new() { ["confirm"] = "true" };

    private async Task<JsonElement> RefusedAsync(byte[] file, HttpStatusCode status, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var before = await app.CountsAsync();
        var problem = await (await gf.PostImportAsync("zahlen.csv", file, fields: fields)).ShouldBeProblemAsync(status);
        (await app.CountsAsync()).ShouldBe(before);
        return problem;
    }

    [Fact]
    public async Task The_reported_EQ_of_200_percent_is_refused_at_its_row()
    {
        var problem = await RefusedAsync(ImportFiles.Csv("2015-06;LAN-MI;EQ;AUS;10", "2015-06;LAN-MI;EQ;SVB;20"), HttpStatusCode.BadRequest);

        problem.Findings("errors").ShouldBe([(3, "PartExceedsWhole", "davon svB nach 6 Monaten (20) darf nicht größer sein als Austritte (10).")]);
        problem.Text("code").ShouldBe("PartExceedsWhole");
    }

    [Fact]
    public async Task A_file_that_lowers_the_whole_below_a_stored_part_is_refused()
    {
        // Demo: MET-MI 2015-06 Austritte 2, davon svB 2.
        var problem = await RefusedAsync(ImportFiles.Csv("2015-06;MET-MI;EQ;AUS;1"), HttpStatusCode.BadRequest);

        var error = problem.Findings("errors").ShouldHaveSingleItem();
        (error.Row, error.Code).ShouldBe((2, "PartExceedsWhole"));
        error.Message.ShouldStartWith("davon svB nach 6 Monaten (2) darf nicht größer sein als Austritte (1).");
    }

    [Fact]
    public async Task Values_above_the_bound_are_errors_even_with_a_confirmation()
    {
        var problem = await RefusedAsync(ImportFiles.Csv("2015-06;LAN-MI;NH;INT;99999999999", "2015-06;LAN-MI;K2;INT;999999999999"),
            HttpStatusCode.BadRequest, new Dictionary<string, string> { ["confirm"] = "true", ["reason"] = "So gemeldet" });

        problem.Findings("errors").Select(e => (e.Row, e.Code)).ShouldBe([(2, "AboveLimit"), (3, "AboveLimit")]);
        problem.Findings("errors")[0].Message.ShouldContain("Obergrenze von 100.000 für „Integrationen 12 Monate zuvor“");
    }

    [Fact]
    public async Task A_jump_is_a_warning_of_the_preview_and_the_import_stores_it_only_confirmed_with_a_reason()
    {
        // Demo: RAT-MI eLb 4.178 in May 2015; Integrationen 70 in May.
        var file = ImportFiles.Csv("2015-06;RAT-MI;K2;ELB;9000", "2015-06;RAT-MI;K2;INT;75");
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);

        var preview = await gf.PostImportAsync("zahlen.csv", file, preview: true);
        (await preview.CountsAsync()).ShouldBe((2, 0, 2, 0));
        var body = JsonDocument.Parse(await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        body.Findings("warnings").Select(w => (w.Row, w.Code)).ShouldBe([(2, "JumpPreviousMonth"), (2, "JumpLastYear")]);

        var unconfirmed = await RefusedAsync(file, (HttpStatusCode)422);
        unconfirmed.Text("code").ShouldBe("JumpPreviousMonth");
        unconfirmed.Text("detail")!.ShouldContain("1 Zeile der Datei hat Plausibilitätshinweise");
        unconfirmed.Findings("errors")[0].Message.ShouldContain("Bitte prüfen und mit Begründung bestätigen.");

        var withoutReason = await RefusedAsync(file, (HttpStatusCode)422, ConfirmOnly);
        withoutReason.Findings("errors")[0].Message.ShouldContain("Zum Bestätigen fehlt die Begründung");

        var imported = await gf.PostImportAsync("zahlen.csv", file, query: "?confirm=true&reason=" + Uri.EscapeDataString("Umzug der Kunden aus Erkrath"));

        (await imported.CountsAsync()).ShouldBe((2, 0, 2, 0));
        (await app.ValueAsync("RAT-MI", "K2", "ELB", 2015, 6)).ShouldBe(9000m);
        (await app.FigureAuditAsync("RAT-MI", "K2", "ELB", 2015, 6))[^1].Reason
            .ShouldBe("Plausibilität bestätigt (Sprung zum Vormonat, Sprung zum Vorjahresmonat): Umzug der Kunden aus Erkrath");
        (await app.FigureAuditAsync("RAT-MI", "K2", "INT", 2015, 6))[^1].ShouldBe(("Modified", (string?)null));
    }
}
