using System.Net;
using System.Text.Json;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>
/// The plausibility rules through <c>PUT /api/v1/actuals</c> on real SQLite (demo figures): a part above its whole and a
/// value above the bound are a 400 with the rule's code, a soft finding a 422 until confirmed with a reason, which the
/// figure's audit entry then keeps. Nothing is stored by a refused save.
/// </summary>
public sealed class PlausibilityApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private async Task<(HttpClient Client, string? Version)> SeenAsync(string unit, string indicator, string component)
    {
        var client = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        return (client, (await client.ActualAsync(unit, "2015-06", indicator, component)).GetProperty("version").GetString());
    }

    private async Task<JsonElement> RefusedAsync(HttpClient client, string path, object body, HttpStatusCode status)
    {
        var before = await app.CountsAsync();
        var problem = await (await client.PutAsync(path, body)).ShouldBeProblemAsync(status);
        (await app.CountsAsync()).ShouldBe(before);
        return problem;
    }

    [Fact]
    public async Task A_part_larger_than_its_whole_is_a_400_naming_both_components_and_values()
    {
        // Demo: MET-MI 2015-06 Austritte 2, davon svB 2.
        var (gf, seen) = await SeenAsync("MET-MI", "EQ", "SVB");
        using var _ = gf;

        var problem = await RefusedAsync(gf, "MET-MI/EQ/SVB/2015-06", new { value = 5, version = seen }, HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("Wert")[0].GetString()
            .ShouldBe("davon svB nach 6 Monaten (5) darf nicht größer sein als Austritte (2).");
        problem.Text("code").ShouldBe("PartExceedsWhole");
        problem.GetProperty("findings")[0].GetProperty("confirmable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Lowering_the_whole_below_the_stored_part_is_a_400_too_and_no_confirmation_helps()
    {
        var (gf, seen) = await SeenAsync("MET-MI", "EQ", "AUS");
        using var _ = gf;

        var problem = await RefusedAsync(gf, "MET-MI/EQ/AUS/2015-06",
            new { value = 1, version = seen, confirm = true, reason = "Austritte korrigiert" }, HttpStatusCode.BadRequest);

        problem.Text("detail")!.ShouldContain("davon svB nach 6 Monaten (2) darf nicht größer sein als Austritte (1).");
        problem.Text("code").ShouldBe("PartExceedsWhole");
    }

    [Theory]
    [InlineData("LAN-MI/NH/INT/2015-06", "99999999999", "Der Wert 99.999.999.999 liegt über der Obergrenze von 100.000")]
    [InlineData("LAN-MI/K2/INT/2015-06", "999999999999", "Obergrenze von 100.000 für „Integrationen“")]
    [InlineData("LAN-MI/NH/BES/2015-06", "2000", "nach 12 Monaten noch beschäftigt (2.000) darf nicht größer sein als Integrationen 12 Monate zuvor (71).")]
    public async Task The_reported_impossible_values_are_refused(string path, string value, string message)
    {
        var parts = path.Split('/');
        var (gf, seen) = await SeenAsync(parts[0], parts[1], parts[2]);
        using var _ = gf;

        var problem = await RefusedAsync(gf, path, new { value = decimal.Parse(value), version = seen }, HttpStatusCode.BadRequest);

        problem.Text("detail")!.ShouldContain(message);
    }

    [Fact]
    public async Task A_jump_is_a_422_with_code_until_confirmed_with_a_reason_which_the_audit_entry_keeps()
    {
        // Demo: RAT-MI eLb 4.178 in May 2015, 5.002 in June 2014.
        var (gf, seen) = await SeenAsync("RAT-MI", "K2", "ELB");
        using var _ = gf;

        var problem = await RefusedAsync(gf, "RAT-MI/K2/ELB/2015-06", new { value = 9000, version = seen }, (HttpStatusCode)422);
        problem.Text("code").ShouldBe("JumpPreviousMonth");
        problem.Text("title").ShouldBe("Bestätigung nötig");
        problem.Text("detail")!.ShouldContain("gegenüber dem Vormonat (4.178) auf 9.000");
        var findings = problem.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.Text("code")).ShouldBe(["JumpPreviousMonth", "JumpLastYear"]);
        findings.ShouldAllBe(f => f.GetProperty("confirmable").GetBoolean());

        var withoutReason = await RefusedAsync(gf, "RAT-MI/K2/ELB/2015-06", new { value = 9000, version = seen, confirm = true },
            (HttpStatusCode)422);
        withoutReason.Text("detail")!.ShouldContain("Zum Bestätigen fehlt die Begründung (mindestens 5 Zeichen).");

        var saved = await gf.PutAsync("RAT-MI/K2/ELB/2015-06", new { value = 9000, version = seen, confirm = true, reason = "Umzug der Kunden aus Erkrath" });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await app.FigureAuditAsync("RAT-MI", "K2", "ELB", 2015, 6))[^1].ShouldBe(("Modified",
            "Plausibilität bestätigt (Sprung zum Vormonat, Sprung zum Vorjahresmonat): Umzug der Kunden aus Erkrath"));
    }

    [Fact]
    public async Task The_old_field_confirmJump_still_confirms_together_with_a_reason()
    {
        var (gf, seen) = await SeenAsync("HIL-MI", "K2", "ELB");
        using var _ = gf;

        var response = await gf.PutAsync("HIL-MI/K2/ELB/2015-06", new { value = 9000, version = seen, confirmJump = true, reason = "Zuordnung geändert" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_plausible_value_is_saved_without_a_reason_in_its_audit_entry()
    {
        var (gf, seen) = await SeenAsync("VEL-MI", "K2", "ELB");
        using var _ = gf;

        (await gf.PutAsync("VEL-MI/K2/ELB/2015-06", new { value = 4900, version = seen, confirm = true, reason = "nicht nötig" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.FigureAuditAsync("VEL-MI", "K2", "ELB", 2015, 6))[^1].ShouldBe(("Modified", (string?)null));
    }
}
