using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Budget;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>
/// Budget (issue 21) through the API on the demo database: the 2015 plan seeded exactly, the sums (lines → budgets →
/// total) in every month, Finanzen's entry with the version check (409) and the audit, the month workflow with the
/// duty „Kreis informieren“ (once per line and year), the CSV import (all or nothing, German formats and messages).
/// Own app: the tests change data; each test uses its own month (6, 7, 8).
/// </summary>
public sealed class BudgetApiTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2015_plan_of_the_Planungsdokument_is_seeded_exactly_and_the_demo_months_up_to_May_count()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var r = await gf.GetJsonAsync("/api/v1/budgets?year=2015&month=5");

        var plan = r.GetProperty("plan");
        plan.GetProperty("verwaltungAllocation").GetDecimal().ShouldBe(22_635_551m);
        plan.GetProperty("eingliederungAllocation").GetDecimal().ShouldBe(19_413_504m);
        plan.GetProperty("gesamt").GetDecimal().ShouldBe(42_049_055m);
        plan.GetProperty("plannedShift").GetDecimal().ShouldBe(4_484_519m);
        decimal.Round(plan.GetProperty("plannedShiftShare").GetDecimal(), 3).ShouldBe(0.231m);
        plan.GetProperty("label").GetString().ShouldBe("Plan");
        r.GetProperty("month").GetInt32().ShouldBe(5);
        r.GetProperty("demo").GetBoolean().ShouldBeTrue();
        var budgets = r.GetProperty("budgets").EnumerateArray().ToDictionary(b => b.GetProperty("budget").GetString()!, b => b.GetProperty("figures"));
        budgets["Verwaltung"].GetProperty("plan").GetDecimal().ShouldBe(22_635_551m + 4_484_519m);
        budgets["Eingliederung"].GetProperty("plan").GetDecimal().ShouldBe(19_413_504m - 4_484_519m);
        r.GetProperty("total").GetProperty("plan").GetDecimal().ShouldBe(42_049_055m);
        r.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("budget").GetString() == "Kommunal")
            .ShouldAllBe(l => l.GetProperty("group").GetString() == "Kommunale Eingliederungsleistungen");
    }

    [Fact]
    public async Task Lines_sum_to_their_budgets_and_the_budgets_to_the_total_in_every_month()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        for (var month = 1; month <= 5; month++)
        {
            var r = await gf.GetJsonAsync($"/api/v1/budgets?year=2015&month={month}");
            r.GetProperty("month").GetInt32().ShouldBe(month);
            var lines = r.GetProperty("lines").EnumerateArray().ToList();
            var budgets = r.GetProperty("budgets").EnumerateArray().ToList();
            foreach (var field in new[] { "plan", "committed", "paid", "projection", "linearProjection" })
            {
                foreach (var b in budgets)
                {
                    var kind = b.GetProperty("budget").GetString();
                    b.GetProperty("figures").GetProperty(field).GetDecimal().ShouldBe(
                        lines.Where(l => l.GetProperty("budget").GetString() == kind).Sum(l => l.GetProperty(field).GetDecimal()), $"{kind} {field} {month}");
                }

                r.GetProperty("total").GetProperty(field).GetDecimal().ShouldBe(budgets.Where(b => b.GetProperty("budget").GetString() != "Kommunal")
                    .Sum(b => b.GetProperty("figures").GetProperty(field).GetDecimal()), $"total {field} {month}");
            }

            // utilisation of a sum: the ratio of its sums
            var total = r.GetProperty("total");
            total.GetProperty("utilisation").GetDecimal().ShouldBe(
                (total.GetProperty("paid").GetDecimal() + total.GetProperty("committed").GetDecimal()) / total.GetProperty("plan").GetDecimal());
        }
    }

    [Fact]
    public async Task Finanzen_enters_and_submits_a_month_gf_sees_it_and_the_kreis_duty_is_created_once()
    {
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var lines = (await fin.GetJsonAsync("/api/v1/budgets?year=2015")).GetProperty("lines").EnumerateArray()
            .Select(l => (Code: l.GetProperty("code").GetString()!, Plan: l.GetProperty("plan").GetDecimal())).ToList();
        lines.Count.ShouldBe(13);

        var incomplete = await fin.PostAsync("/api/v1/budgets/2015/6/submit", null, Ct);
        (await incomplete.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("unvollständig");
        foreach (var (code, plan) in lines)
        {
            var paid = decimal.Round(plan / 12m * (code == "K16A-PSB" ? 1.5m : 1m), 2);
            using var put = await fin.PutAsJsonAsync($"/api/v1/budgets/2015/{code}/6", new { committed = 1000m, paid, version = (Guid?)null }, Ct);
            put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync(Ct));
        }

        (await gf.GetJsonAsync("/api/v1/budgets?year=2015")).GetProperty("month").GetInt32().ShouldBe(5); // a draft does not count for gf
        (await fin.GetJsonAsync("/api/v1/budgets?year=2015&month=6")).GetProperty("month").GetInt32().ShouldBe(6); // Finanzen sees its draft
        (await gf.PostAsync("/api/v1/budgets/2015/6/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fin.PostAsync("/api/v1/budgets/2015/6/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var seen = await gf.GetJsonAsync("/api/v1/budgets?year=2015&month=6");
        seen.GetProperty("month").GetInt32().ShouldBe(6);
        var psb = seen.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "K16A-PSB");
        psb.GetProperty("informKreis").GetBoolean().ShouldBeTrue();
        psb.GetProperty("light").GetString().ShouldBe("Red");
        (await KreisDutiesAsync()).ShouldBe(["KREIS-2015-K16A-PSB"]);

        // closing needs the Geschäftsführung; reopening a reason; a second submission creates no second duty
        (await fin.PostAsync("/api/v1/budgets/2015/6/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await gf.PostAsJsonAsync("/api/v1/budgets/2015/6/reopen", new { reason = "" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await gf.PostAsJsonAsync("/api/v1/budgets/2015/6/reopen", new { reason = "Korrektur Buchung" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fin.PostAsync("/api/v1/budgets/2015/6/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gf.PostAsync("/api/v1/budgets/2015/6/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await KreisDutiesAsync()).ShouldBe(["KREIS-2015-K16A-PSB"]);
        var closed = await fin.PutAsJsonAsync("/api/v1/budgets/2015/VW-PERS/6", new { committed = 0m, paid = 1m, version = (Guid?)null }, Ct);
        (await closed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("abgeschlossen");
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_every_change_is_audited_as_finanzen()
    {
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        (await fin.PutAsJsonAsync("/api/v1/budgets/2015/EGL-FBW/8", new { committed = 5000m, paid = 1234.56m, version = (Guid?)null }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var month = (await fin.GetJsonAsync("/api/v1/budgets/2015/EGL-FBW")).EnumerateArray().Single(m => m.GetProperty("month").GetInt32() == 8);
        month.GetProperty("paid").GetDecimal().ShouldBe(1234.56m);
        var version = month.GetProperty("version").GetGuid();

        (await fin.PutAsJsonAsync("/api/v1/budgets/2015/EGL-FBW/8", new { committed = 4000m, paid = 2000m, version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await fin.PutAsJsonAsync("/api/v1/budgets/2015/EGL-FBW/8", new { committed = 1m, paid = 1m, version }, Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("inzwischen geändert");
        var negative = await fin.PutAsJsonAsync("/api/v1/budgets/2015/EGL-FBW/9", new { committed = -1m, paid = 1m, version = (Guid?)null }, Ct);
        (await negative.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("nicht negativ");
        (await fin.PutAsJsonAsync("/api/v1/budgets/2015/GIBTS-NICHT/9", new { committed = 1m, paid = 1m, version = (Guid?)null }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.BudgetExecutions.SingleAsync(e => e.Year == 2015 && e.Month == 8 && e.Line!.Code == "EGL-FBW", Ct);
        stored.Paid.ShouldBe(2000m);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(BudgetExecution) && a.EntityKey.Contains(stored.Id.ToString()))
            .OrderBy(a => a.Id).ToListAsync(Ct);
        audit.Select(a => a.Action).ShouldBe(["Added", "Modified"]);
        audit.ShouldAllBe(a => a.User == DemoAccounts.Finanzen);
    }

    [Fact]
    public async Task The_import_stores_all_rows_or_none_and_names_each_bad_row_in_german()
    {
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        var bad = "Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n2015;7;EGL-AGH;12.000,00;1.234.567,89\r\n2015;7;GIBTS-NICHT;1,00;1,00\r\n2015;7;EGL-EGZ;abc;1\r\n2015;1;EGL-EGZ;1;1\r\n";
        var refused = await Import(fin, bad);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var rows = problem.GetProperty("errors").GetProperty("rows").EnumerateArray().Select(e => e.GetString()!).ToList();
        rows.ShouldContain(e => e.StartsWith("Zeile 4:") && e.Contains("'abc' ist keine Zahl")); // file lines: the header is line 1
        await StoredAsync(7).ShouldBeAsync(0);

        var semantic = await Import(fin, "Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n2015;7;EGL-AGH;12.000,00;1.234.567,89\r\n2015;7;GIBTS-NICHT;1,00;1,00\r\n2015;1;EGL-EGZ;1;1\r\n");
        var messages = (await semantic.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("rows").EnumerateArray()
            .Select(e => e.GetString()!).ToList();
        messages.ShouldContain(e => e.StartsWith("Zeile 3: Die Haushaltsposition 'GIBTS-NICHT'"));
        messages.ShouldContain(e => e.StartsWith("Zeile 4:") && e.Contains("abgeschlossen"));
        await StoredAsync(7).ShouldBeAsync(0);

        var ok = await Import(fin, "Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n2015;7;EGL-AGH;12.000,00;1.234.567,89\r\n2015;7;EGL-EGZ;0;99,5\r\n");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync(Ct));
        await StoredAsync(7).ShouldBeAsync(2);
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await Import(gf, "Jahr;Monat;Position;Mittelbindung;Ausgaben\r\n2015;7;EGL-AGH;1;1\r\n")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> Import(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "haushalt.csv");
        return await client.PostAsync("/api/v1/budgets/import", form, Ct);
    }

    private async Task<int> StoredAsync(int month)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.BudgetExecutions.CountAsync(e => e.Year == 2015 && e.Month == month, Ct);
    }

    private async Task<List<string>> KreisDutiesAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.QualitativeTargets.Where(q => q.Code.StartsWith("KREIS-")).Select(q => q.Code).ToListAsync(Ct);
    }

    [Fact]
    public async Task The_staff_page_shows_a_U25_team_the_BSU25_value_and_light_of_the_attainment_api_not_a_second_ratio()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var staff = await gf.GetJsonAsync("/api/v1/staff?year=2015&month=5");
        var month = staff.GetProperty("month").GetInt32();
        var rows = staff.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("u25Target").ValueKind == JsonValueKind.Number).ToList();
        rows.ShouldNotBeEmpty();
        foreach (var row in rows)
        {
            var unit = row.GetProperty("unit").GetString();
            var attainment = await gf.GetJsonAsync($"/api/v1/attainment?unit={unit}&year=2015&month={month}");
            var bsu25 = attainment.GetProperty("indicators").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "BSU25");
            row.GetProperty("u25Actual").GetDecimal().ShouldBe(bsu25.GetProperty("actual").GetDecimal(), unit);
            row.GetProperty("u25Light").GetString()!.ToLowerInvariant().ShouldBe(bsu25.GetProperty("light").GetString()!.ToLowerInvariant(), unit);
            row.GetProperty("u25Target").GetDecimal().ShouldBe(75m, unit);
        }
    }
}

internal static class TaskShould
{
    public static async Task ShouldBeAsync(this Task<int> task, int expected) => (await task).ShouldBe(expected);
}
