using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Review;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Review;

/// <summary>
/// A target changed between two frozen Stände shows in the compare view with both versions, their statuses and the
/// reason; also against today. Own app: the test changes K2.
/// </summary>
public sealed class ReviewTargetChangeTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_compare_view_of_two_snapshots_names_the_changed_target_version_with_its_reason()
    {
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        await using var services = app.Services.CreateAsyncScope();
        var snapshots = services.ServiceProvider.GetRequiredService<ReviewSnapshotService>();
        var targets = services.ServiceProvider.GetRequiredService<TargetMaintenanceService>();
        var before = await snapshots.FreezeAsync(gf, 2015, 1, "Vor der Anpassung", null, Ct);

        (await targets.SaveAsync(gf, new TargetInput(2015, "JC", "K2", 21.40m, TargetStatus.Final, new DateOnly(2015, 3, 20), null, null,
            null, null, null, 2), Ct)).Ok.ShouldBeTrue();
        (await targets.SaveAsync(gf, new TargetInput(2015, "JC", "K2", 21.60m, TargetStatus.Angepasst, new DateOnly(2015, 6, 1), null,
            "Sonderprojekte zusätzlich", null, null, null, 3), Ct)).Ok.ShouldBeTrue();
        var after = await snapshots.FreezeAsync(gf, 2015, 1, "Nach der Anpassung", null, Ct);

        var comparison = (await snapshots.CompareAsync(gf, before.Id, Ct, after.Id))!;
        comparison.Later!.Id.ShouldBe(after.Id);
        var k2 = comparison.Lines.Single(l => l.Code == "K2");
        k2.HasChanged.ShouldBeTrue();
        k2.TargetChange.ShouldNotBeNull();
        k2.TargetChange.ShouldStartWith("K2 ");
        k2.TargetChange.ShouldEndWith(": Ziel 21,40 % (vorläufig, V2) → 21,60 % (angepasst, V4): Sonderprojekte zusätzlich");
        comparison.Lines.Single(l => l.Code == "K3").TargetChange.ShouldBeNull();

        var today = (await snapshots.CompareAsync(gf, before.Id, Ct))!;
        today.Lines.Single(l => l.Code == "K2").TargetChange.ShouldBe(k2.TargetChange);
    }

    [Fact]
    public void A_snapshot_frozen_before_versions_were_kept_still_opens_and_shows_no_version_change()
    {
        var json = """{"year":2015,"quarter":1,"month":3,"unitName":"Jobcenter","builtAtUtc":"2015-04-01T00:00:00Z","hasProvisionalTargets":true,"hasDemoFigures":true,"targets":[{"code":"K2","name":"Integrationsquote","category":"BaZiel","unit":"Prozent","isChange":false,"target":21.4,"status":"Vorlaeufig","targetNote":null,"actual":5.1,"phasedTarget":5.35,"light":"Red","forecast":null,"forecastMethod":null,"points":[],"comment":null}],"measures":[],"monitoring":[]}""";

        var model = ReviewJson.Deserialize(json);

        model.Targets[0].TargetVersion.ShouldBeNull();
        ReviewTargetChange.Text(model.UnitName, model.Targets[0], model.Targets[0] with { TargetVersion = 4 }).ShouldBeNull();
    }
}
