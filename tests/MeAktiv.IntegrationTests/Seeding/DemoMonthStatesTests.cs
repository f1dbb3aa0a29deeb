using MeAktiv.Core.Domain;
using MeAktiv.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.IntegrationTests.Seeding;

/// <summary>
/// The demo month states go through the SQLite bulk path with their audit entries (<see cref="DemoFigureWriter"/>),
/// no longer through EF's change tracker and the audit interceptor (0,6 s of the demo start, issue 23): the rows
/// written must be those EF wrote. The oracle is EF's own path, run in the test on the same file: the states removed
/// and written again through <c>AddRange</c> and <c>SaveChanges</c>, as <see cref="DemoMonthStates"/> did before.
/// </summary>
public sealed class DemoMonthStatesTests
{
    private static readonly DateTime Now = new DateTime(2026, 12, 3, 11, 22, 33, DateTimeKind.Utc).AddTicks(4_567_891);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bulk_path_writes_the_states_their_audit_entries_and_the_stamp_as_EF_and_its_interceptor_do()
    {
        await using var db = SeedTestDatabase.Create(demo: true, clock: new FixedClock(Now));
        await db.InitializeAsync(Ct);
        var bulk = await SnapshotAsync(db);
        bulk.States.Count.ShouldBe(361);
        bulk.Figures.ShouldBe(2, "raised once with the figures and once with their states, each by one SQL command");
        bulk.States.Select(s => (s.Year, s.Month, s.OrgUnitId))
            .ShouldBe(bulk.States.OrderBy(s => s.Year).ThenBy(s => s.Month).ThenBy(s => s.OrgUnitId).Select(s => (s.Year, s.Month, s.OrgUnitId)),
                "written by month, then unit");

        // EF's path on the same file: the same states (same ids and versions) written anew, audited by the interceptor.
        await db.QueryAsync(async context =>
        {
            await context.AuditEntries.Where(a => a.EntityType == nameof(MonthStatus)).ExecuteDeleteAsync(Ct);
            await context.MonthStatuses.ExecuteDeleteAsync(Ct);
            await context.DataStamps.Where(s => s.Name == DataStamp.Figures)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value - 1), Ct);
            context.MonthStatuses.AddRange(bulk.States.Select(Copy));
            var stamp = await context.DataStamps.SingleAsync(s => s.Name == DataStamp.Figures, Ct);
            stamp.Value++;
            return await context.SaveChangesAsync(Ct);
        }, Ct);
        var ef = await SnapshotAsync(db);

        ef.Figures.ShouldBe(bulk.Figures);
        ef.States.Select(Row).ShouldBe(bulk.States.Select(Row));
        ef.Entries.Count.ShouldBe(bulk.Entries.Count);
        for (var i = 0; i < ef.Entries.Count; i++)
        {
            Entry(bulk.Entries[i]).ShouldBe(Entry(ef.Entries[i]), $"audit entry {i}");
        }

        bulk.Entries.ShouldAllBe(a => a.At == Now && a.User == "system" && a.Action == "Added");
    }

    private static async Task<Snapshot> SnapshotAsync(SeedTestDatabase db)
    {
        var entries = await db.QueryAsync(c => c.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(MonthStatus))
            .OrderBy(a => a.Id).ToListAsync(Ct), Ct);
        var states = await db.QueryAsync(c => c.MonthStatuses.AsNoTracking().ToListAsync(Ct), Ct);
        var byId = states.ToDictionary(s => s.Id.ToString());
        var figures = await db.QueryAsync(c => c.DataStamps.Where(s => s.Name == DataStamp.Figures).Select(s => s.Value).SingleAsync(Ct), Ct);
        return new Snapshot(entries.Select(a => byId[a.EntityKey]).ToList(), entries, figures);
    }

    private static MonthStatus Copy(MonthStatus s) => new()
    {
        Id = s.Id, OrgUnitId = s.OrgUnitId, Year = s.Year, Month = s.Month, State = s.State, SubmittedBy = s.SubmittedBy,
        SubmittedAt = s.SubmittedAt, ClosedBy = s.ClosedBy, ClosedAt = s.ClosedAt, ReopenReason = s.ReopenReason, Version = s.Version,
    };

    private static string Row(MonthStatus s) =>
        $"{s.Id} {s.OrgUnitId} {s.Year} {s.Month} {s.State} {s.SubmittedBy} {s.SubmittedAt:O} {s.ClosedBy} {s.ClosedAt:O} {s.ReopenReason} {s.Version}";

    private static string Entry(AuditEntry a) =>
        $"{a.At:O} {a.User} {a.EntityType} {a.EntityKey} {a.Action} {a.OldValues} {a.NewValues} {a.Reason} {a.OrgUnitId}";

    private sealed record Snapshot(List<MonthStatus> States, List<AuditEntry> Entries, long Figures);

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
