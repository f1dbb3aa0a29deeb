using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>The part/whole pairs and bounds of the component table in the demo database, and the demo figures keep them.</summary>
public sealed class PlausibilitySeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_davon_pairs_of_the_component_table_are_stored_within_their_indicator()
    {
        var components = await fixture.Database.QueryAsync(db => db.IndicatorComponents.AsNoTracking()
            .Include(c => c.Indicator).Include(c => c.PartOf).Where(c => c.PartOfId != null).ToListAsync(Ct), Ct);

        components.Select(c => $"{c.Indicator!.Code}/{c.Code} <= {c.PartOf!.Code}").Order()
            .ShouldBe(["BAMF/BEL <= VERF", "BZ/BST <= AST", "EQ/SVB <= AUS", "NH/BES <= INT"]);
        components.ShouldAllBe(c => c.PartOf!.IndicatorId == c.IndicatorId && c.PartOf.Kind == c.Kind);
    }

    [Fact]
    public async Task No_demo_figure_is_larger_than_its_whole_or_above_its_bound()
    {
        var (values, components) = await fixture.Database.QueryAsync(async db => (
            await db.MonthlyValues.AsNoTracking().Select(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month, v.Value }).ToListAsync(Ct),
            await db.IndicatorComponents.AsNoTracking().ToDictionaryAsync(c => c.Id, Ct)), Ct);
        var byKey = values.ToDictionary(v => (v.OrgUnitId, v.ComponentId, v.Year, v.Month), v => v.Value);

        var pairs = values.Where(v => components[v.ComponentId].PartOfId is not null)
            .Select(v => (Part: v.Value, Whole: byKey.GetValueOrDefault((v.OrgUnitId, components[v.ComponentId].PartOfId!.Value, v.Year, v.Month), -1)))
            .Where(p => p.Whole >= 0).ToList();

        pairs.Count.ShouldBeGreaterThan(400); // EQ, NH, BZ of every Markt-&-Integration team and month; BAMF of the Jobcenter
        pairs.ShouldAllBe(p => p.Part <= p.Whole);
        values.ShouldAllBe(v => v.Value <= ComponentLimits.MaxValue(components[v.ComponentId]));
    }
}
