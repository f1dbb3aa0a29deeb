using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Budget;

/// <summary>
/// Plan revisions (issue 21, <c>POST /api/v1/budgets/{year}/plans</c>): Finanzen and the Geschäftsführung add the next
/// version as a copy of the valid one; the calculator then plans with it; German 400s for negative amounts, sums that
/// break the rule and a 4th revision; 409 on a stale base; audited. Own app: the tests change the 2015 plan.
/// </summary>
public sealed class BudgetPlanRevisionTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revisions_one_to_three_become_the_valid_plan_a_stale_base_is_a_conflict_and_a_fourth_is_refused()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var fin = await app.CreateApiClientAsync(DemoAccounts.Finanzen);
        var before = await gf.GetJsonAsync("/api/v1/budgets?year=2015&month=5");
        var plan0 = before.GetProperty("plan").GetProperty("id").GetGuid();
        var sach = PlanOf(before, "VW-SACH");
        var fbw = PlanOf(before, "EGL-FBW");

        // 100.000 € less shifted: one Verwaltung line down, one Eingliederung line up, the sums stay on the rule
        var revision1 = await gf.PostAsJsonAsync("/api/v1/budgets/2015/plans", new
        {
            baseId = plan0, decidedOn = "2015-06-30", note = "Weniger Umschichtung", plannedShift = 4_384_519m,
            amounts = new Dictionary<string, decimal> { ["VW-SACH"] = sach - 100_000m, ["EGL-FBW"] = fbw + 100_000m },
        }, Ct);
        revision1.StatusCode.ShouldBe(HttpStatusCode.OK, await revision1.Content.ReadAsStringAsync(Ct));

        var after = await gf.GetJsonAsync("/api/v1/budgets?year=2015&month=5");
        var plan = after.GetProperty("plan");
        plan.GetProperty("label").GetString().ShouldBe("1. Revision");
        plan.GetProperty("plannedShift").GetDecimal().ShouldBe(4_384_519m);
        plan.GetProperty("note").GetString().ShouldBe("Weniger Umschichtung");
        after.GetProperty("versions").GetArrayLength().ShouldBe(2);
        PlanOf(after, "VW-SACH").ShouldBe(sach - 100_000m);
        PlanOf(after, "EGL-FBW").ShouldBe(fbw + 100_000m);
        var budgets = after.GetProperty("budgets").EnumerateArray().ToDictionary(b => b.GetProperty("budget").GetString()!, b => b.GetProperty("figures"));
        budgets["Verwaltung"].GetProperty("plan").GetDecimal().ShouldBe(22_635_551m + 4_384_519m);
        budgets["Eingliederung"].GetProperty("plan").GetDecimal().ShouldBe(19_413_504m - 4_384_519m);
        after.GetProperty("total").GetProperty("plan").GetDecimal().ShouldBe(42_049_055m);

        // the same base again: someone added a revision meanwhile
        var stale = await fin.PostAsJsonAsync("/api/v1/budgets/2015/plans", new { baseId = plan0, note = "zu spät" }, Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail")!.ShouldContain("1. Revision");

        // Finanzen prepares the 2. and 3. Revision (unchanged copies with a note), then the 4th is refused
        var id = plan.GetProperty("id").GetGuid();
        foreach (var label in new[] { "2. Revision", "3. Revision" })
        {
            (await fin.PostAsJsonAsync("/api/v1/budgets/2015/plans", new { baseId = id, note = label }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var valid = (await gf.GetJsonAsync("/api/v1/budgets?year=2015")).GetProperty("plan");
            valid.GetProperty("label").GetString().ShouldBe(label);
            id = valid.GetProperty("id").GetGuid();
        }

        var fourth = await gf.PostAsJsonAsync("/api/v1/budgets/2015/plans", new { baseId = id }, Ct);
        (await fourth.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail")!.ShouldContain("mehr als drei Revisionen");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var plans = await db.BudgetPlans.Where(p => p.Year == 2015).OrderBy(p => p.Number).ToListAsync(Ct);
        plans.Select(p => p.Number).ShouldBe([0, 1, 2, 3]);
        plans[1].CreatedBy.ShouldBe(DemoAccounts.Geschaeftsfuehrung);
        plans[2].CreatedBy.ShouldBe(DemoAccounts.Finanzen);
        string[] users = [DemoAccounts.Geschaeftsfuehrung, DemoAccounts.Finanzen];
        var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(BudgetPlan) && a.Action == "Added" && users.Contains(a.User)).ToListAsync(Ct);
        audited.Count.ShouldBe(3);
        audited.ShouldContain(a => a.User == DemoAccounts.Geschaeftsfuehrung && a.EntityKey.Contains(plans[1].Id.ToString()));
        var lines = await db.BudgetPlanAmounts.CountAsync(a => a.PlanId == plans[0].Id, Ct);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(BudgetPlanAmount) && a.Action == "Added" && users.Contains(a.User), Ct)).ShouldBe(3 * lines);
    }

    [Fact]
    public async Task Bad_revisions_get_german_messages_and_store_nothing_and_other_roles_are_refused()
    {
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var valid = (await gf.GetJsonAsync("/api/v1/budgets?year=2015")).GetProperty("plan");
        var id = valid.GetProperty("id").GetGuid();
        var shift = valid.GetProperty("plannedShift").GetDecimal(); // 4.484.519 € (Plan) or 4.384.519 € (after the other test's revisions)
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var count = await db.BudgetPlans.CountAsync(Ct);

        async Task<List<string>> Refused(object body)
        {
            var response = await gf.PostAsJsonAsync("/api/v1/budgets/2015/plans", body, Ct);
            return (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("rows").EnumerateArray()
                .Select(e => e.GetString()!).ToList();
        }

        (await Refused(new { baseId = id, amounts = new Dictionary<string, decimal> { ["VW-SACH"] = -1m } }))
            .ShouldContain(e => e.Contains("nicht negativ"));
        (await Refused(new { baseId = id, plannedShift = 4_000_000m }))
            .ShouldContain(e => e.Contains("Verwaltungsbudget + Umschichtung") && e.Contains($"Differenz {German.Euro(shift - 4_000_000m)}"));
        (await Refused(new { baseId = id, amounts = new Dictionary<string, decimal> { ["GIBTS-NICHT"] = 1m } }))
            .ShouldContain(e => e.Contains("'GIBTS-NICHT' gibt es 2015 nicht"));
        (await Refused(new { baseId = id, decidedOn = "2013-01-01" })).ShouldContain(e => e.Contains("Beschlussdatum"));
        (await gf.PostAsJsonAsync("/api/v1/budgets/2015/plans", new { note = "ohne Basis" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await gf.PostAsJsonAsync("/api/v1/budgets/1999/plans", new { baseId = id }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        foreach (var account in new[] { DemoAccounts.Traeger, DemoAccounts.Administration, DemoAccounts.Bereichsleitung })
        {
            using var other = await app.CreateApiClientAsync(account);
            (await other.PostAsJsonAsync("/api/v1/budgets/2015/plans", new { baseId = id }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, account);
        }

        (await db.BudgetPlans.CountAsync(Ct)).ShouldBe(count);
    }

    private static decimal PlanOf(JsonElement report, string code) =>
        report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code).GetProperty("plan").GetDecimal();
}
