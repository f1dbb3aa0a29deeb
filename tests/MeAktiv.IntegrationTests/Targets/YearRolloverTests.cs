using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.IntegrationTests.Steuerung;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Targets;

/// <summary>
/// "Zieljahr 2016 vorbereiten" (<c>POST /api/v1/targets/rollover?year=2016</c>): every 2015 target gets a 2016 target,
/// the planned EQ 53 % stays a Planungsangebot (with 2015's result as its baseline), nothing of 2015 changes, a second run changes
/// nothing, only the Geschäftsführung may, and a team lead can then enter January 2016; an indicator switched off in 2015
/// is switched off in 2016 too and gets no 2016 target; the yearly fixed dates of 2015 are carried to 2016, the one-off
/// ones are not. Own app: the test adds targets and switches BAMF off.
/// </summary>
public sealed class YearRolloverTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gf_prepares_2016_once_2015_stays_as_it_was_and_a_team_lead_then_enters_january_2016()
    {
        var before = await TargetsOfAsync(2015);
        var sources = before.Select(t => (t.Unit, t.Indicator)).ToHashSet();
        before.ShouldNotBeEmpty();
        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        using var off = await gf.PutAsJsonAsync("/api/v1/indicators/BAMF/years/2015",
            new { active = false, reason = "Kontingente nicht zugeteilt", version = (Guid?)null }, Ct);
        off.StatusCode.ShouldBe(HttpStatusCode.OK, await off.Content.ReadAsStringAsync(Ct));
        var dates2015 = (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).GetRawText();

        using var first = await gf.PostAsync("/api/v1/targets/rollover?year=2016", null, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var counts = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Ct)).RootElement;
        var created = counts.GetProperty("created").GetInt32();
        var planned = counts.GetProperty("planned").GetInt32();
        planned.ShouldBe(1, "only EQ 2016 was planned before (Planungsdokument, targets.csv); it gets its baseline");
        (created + planned + counts.GetProperty("skipped").GetInt32()).ShouldBe(sources.Count);
        created.ShouldBeGreaterThan(0);
        counts.GetProperty("switchedOff").GetInt32().ShouldBe(1);
        var bamf2016 = (await gf.GetJsonAsync("/api/v1/indicators?year=2016")).EnumerateArray().Single(i => i.Text("code") == "BAMF");
        bamf2016.GetProperty("active").GetBoolean().ShouldBeFalse("the activation of 2015 carries over");
        bamf2016.Text("reason")!.ShouldContain("aus 2015 übernommen");
        counts.GetProperty("dates").GetInt32().ShouldBe(6, "the four BuT Stichtage, the § 16a report and the Stichtag of the year's targets are yearly");
        var dates = (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2016")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("date").GetString());
        dates["BUT-2016-Q1"].ShouldBe("2016-01-15");
        dates["BUT-2016-Q4"].ShouldBe("2016-10-15");
        dates["16A-2016"].ShouldBe("2016-12-31");
        dates["ZIELE-2016"].ShouldBe("2016-12-31");
        dates.Keys.ShouldBe(["AMIP-2016", "BUT-2016-Q1", "BUT-2016-Q2", "BUT-2016-Q3", "BUT-2016-Q4", "16A-2016", "ZIELE-2016"], ignoreOrder: true,
            "one-off dates (Weiterbildungsmesse, end of the Joboffensive, ALLEGRO, Klausurtagung) are not carried");

        var targets = (await gf.GetJsonAsync("/api/v1/targets?year=2016")).EnumerateArray().ToList();
        targets.ShouldNotContain(t => t.GetProperty("indicator").GetString() == "BAMF", "switched off in 2016: no target");
        // ESF's period (04/2015–12/2017) runs into 2016: the 2015 target holds there, no copy is made
        targets.ShouldNotContain(t => t.GetProperty("indicator").GetString() == "ESF");
        foreach (var (unit, indicator) in sources.Where(s => s.Indicator is not "BAMF" and not "ESF"))
        {
            targets.ShouldContain(t => t.GetProperty("unit").GetString() == unit && t.GetProperty("indicator").GetString() == indicator);
        }

        var eq = targets.Single(t => t.GetProperty("unit").GetString() == "JC" && t.GetProperty("indicator").GetString() == "EQ");
        eq.GetProperty("value").GetDecimal().ShouldBe(53m);
        eq.GetProperty("status").GetString().ShouldBe("Planungsangebot");
        eq.GetProperty("version").GetInt32().ShouldBe(1 + planned);
        eq.GetProperty("note").GetString()!.ShouldContain("53 %");
        // Baselines are 2015's results as the attainment API gives them: the demo's latest month with counting figures
        // is May 2015 (June is still in Entwurf), not complete for the year, hence "vorläufig".
        var may = (await gf.GetJsonAsync("/api/v1/attainment?unit=JC&year=2015&month=5")).GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("indicator").GetString()!, i => i.GetProperty("actual").GetDecimal());
        eq.GetProperty("baseline").GetProperty("source").GetString().ShouldBe("Ist 05/2015 (vorläufig)");
        eq.GetProperty("baseline").GetProperty("value").GetDecimal().ShouldBe(may["EQ"], 0.0000001m);

        var k2 = targets.Single(t => t.GetProperty("unit").GetString() == "JC" && t.GetProperty("indicator").GetString() == "K2");
        k2.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        k2.GetProperty("status").GetString().ShouldBe("Planungsangebot");
        k2.GetProperty("version").GetInt32().ShouldBe(1);
        k2.GetProperty("note").GetString().ShouldBe("aus 2015 übernommen");
        k2.GetProperty("baseline").GetProperty("source").GetString().ShouldBe("Ist 05/2015 (vorläufig)");
        k2.GetProperty("baseline").GetProperty("value").GetDecimal().ShouldBe(may["K2"], 0.0000001m);

        // Nothing of 2015 changed; a second run creates nothing and says so.
        (await TargetsOfAsync(2015)).ShouldBe(before);
        var after2016 = await TargetsOfAsync(2016);
        using var second = await gf.PostAsync("/api/v1/targets/rollover?year=2016", null, Ct);
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync(Ct));
        var again = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Ct)).RootElement;
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("planned").GetInt32().ShouldBe(0);
        again.GetProperty("switchedOff").GetInt32().ShouldBe(0);
        again.GetProperty("dates").GetInt32().ShouldBe(0);
        (await gf.GetJsonAsync("/api/v1/fixed-dates?year=2015")).GetRawText().ShouldBe(dates2015);
        again.GetProperty("skipped").GetInt32().ShouldBe(sources.Count);
        again.GetProperty("message").GetString()!.ShouldContain("schon vorbereitet");
        (await TargetsOfAsync(2016)).ShouldBe(after2016);
        (await TargetsOfAsync(2015)).ShouldBe(before);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
            var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(TargetVersion) && a.User == DemoAccounts.Geschaeftsfuehrung)
                .ToListAsync(Ct);
            audit.Count.ShouldBe(created + planned);
            audit.ShouldAllBe(a => a.Reason == "Zieljahr 2016 vorbereitet (Übernahme aus 2015)");
        }

        // A team lead enters January 2016 for its team.
        using var tl = await app.CreateApiClientAsync("tl-vel-mi@me-aktiv.example");
        using var january = await tl.PutAsJsonAsync("/api/v1/actuals/VEL-MI/K2/INT/2016-01", new { value = 91 }, Ct);
        january.StatusCode.ShouldBe(HttpStatusCode.OK, await january.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Only_the_gf_may_prepare_a_year_and_only_the_one_after_a_target_year()
    {
        foreach (var account in new[] { DemoAccounts.Bereichsleitung, DemoAccounts.Administration, DemoAccounts.Traeger, "tl-vel-mi@me-aktiv.example" })
        {
            using var client = await app.CreateApiClientAsync(account);
            (await (await client.PostAsync("/api/v1/targets/rollover?year=2016", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
                .Text("detail")!.ShouldContain("Geschäftsführung");
        }

        using var gf = await app.CreateApiClientAsync(DemoAccounts.Geschaeftsfuehrung);
        (await (await gf.PostAsync("/api/v1/targets/rollover?year=2030", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Für 2029 gibt es keine Ziele");
        (await (await gf.PostAsync("/api/v1/targets/rollover", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .Text("detail")!.ShouldContain("Zieljahr angeben");
    }

    /// <summary>Every version of every target of the year, as plain values to compare.</summary>
    private async Task<List<(string Unit, string Indicator, string Text)>> TargetsOfAsync(int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var rows = await db.TargetVersions.AsNoTracking()
            .Join(db.Targets.Where(t => t.Year == year).Include(t => t.OrgUnit).Include(t => t.Indicator), v => v.TargetId, t => t.Id,
                (v, t) => new { Unit = t.OrgUnit!.Code, Indicator = t.Indicator!.Code, v.Id, v.Number, v.Value, v.Status, v.DecidedOn, v.Note, v.Reason, v.Baseline, v.BaselineSource, v.Change, v.CreatedBy, v.CreatedAt })
            .ToListAsync(Ct);
        return [.. rows.Select(r => (r.Unit, r.Indicator, $"{r}")).OrderBy(r => r.Item3, StringComparer.Ordinal)];
    }
}
