using System.Text.Json;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Seeding;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Audit;

/// <summary>The audit history records real keys and is written in the same save as the change.</summary>
public sealed class AuditHistoryTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    [Fact]
    public async Task Seeded_target_versions_are_audited_with_their_real_keys()
    {
        var ct = TestContext.Current.CancellationToken;
        var (versions, audits) = await fixture.Database.QueryAsync(async db => (
            await db.TargetVersions.AsNoTracking().ToListAsync(ct),
            await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(TargetVersion)).ToListAsync(ct)), ct);

        audits.Count.ShouldBe(versions.Count);
        foreach (var version in versions)
        {
            var audit = audits.Single(a => a.EntityKey == version.Id.ToString());
            audit.Action.ShouldBe("Added");
            var values = JsonDocument.Parse(audit.NewValues!).RootElement;
            values.GetProperty(nameof(TargetVersion.TargetId)).GetGuid().ShouldBe(version.TargetId);
            values.GetProperty(nameof(TargetVersion.Number)).GetInt32().ShouldBe(version.Number);
        }
    }

    [Fact]
    public async Task A_change_of_a_figure_is_audited_with_old_and_new_value_in_the_same_save()
    {
        var ct = TestContext.Current.CancellationToken;
        var (id, oldValue, auditsAfter) = await fixture.Database.QueryAsync(async db =>
        {
            var figure = await db.MonthlyValues.OrderBy(v => v.Id).FirstAsync(ct);
            var old = figure.Value;
            figure.Value = old + 1;
            figure.Version = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            var audits = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(MonthlyValue) && a.EntityKey == figure.Id.ToString() && a.Action == "Modified")
                .ToListAsync(ct);
            return (figure.Id, old, audits);
        }, ct);

        var audit = auditsAfter.ShouldHaveSingleItem();
        JsonDocument.Parse(audit.OldValues!).RootElement.GetProperty("Value").GetDecimal().ShouldBe(oldValue);
        JsonDocument.Parse(audit.NewValues!).RootElement.GetProperty("Value").GetDecimal().ShouldBe(oldValue + 1);
        audit.User.ShouldBe("system");
        id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task An_audited_row_saved_together_with_its_new_parent_is_refused_instead_of_recording_a_temporary_key()
    {
        var ct = TestContext.Current.CancellationToken;
        var error = await Should.ThrowAsync<InvalidOperationException>(() => fixture.Database.QueryAsync(async db =>
        {
            var component = await db.IndicatorComponents.FirstAsync(ct);
            var unit = new OrgUnit { Code = "TMP-NEU", Name = "Neue Einheit", Kind = OrgUnitKind.Team, ValidFrom = new DateOnly(2015, 1, 1) };
            db.OrgUnits.Add(unit);
            db.MonthlyValues.Add(new MonthlyValue
            {
                OrgUnit = unit, ComponentId = component.Id, Year = 2015, Month = 1, Value = 1, UpdatedBy = "test",
            });
            return await db.SaveChangesAsync(ct);
        }, ct));

        error.Message.ShouldContain("OrgUnitId");
        (await fixture.Database.QueryAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "TMP-NEU", ct), ct)).ShouldBeFalse();
    }
}
