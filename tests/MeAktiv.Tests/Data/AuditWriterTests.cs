using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Tests.Data;

/// <summary>
/// The one builder of audit entries, on contexts that never open their (in-memory SQLite) connection: only the model
/// and the change tracker are used.
/// </summary>
public sealed class AuditWriterTests
{
    private static readonly DateTime Now = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    private readonly AuditWriter _writer = new(new User("tl@example.org"), new Clock(Now));

    private static AppDbContext Context(string? reason = null) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options) { AuditReason = reason };

    private static MonthlyValue Figure() => new()
    {
        OrgUnitId = 7, ComponentId = 3, Year = 2026, Month = 2, Value = 12.5m, UpdatedBy = "tl@example.org", UpdatedAt = Now,
    };

    private static List<AuditEntry> Added(AppDbContext db) =>
        [.. db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    [Fact]
    public void A_row_written_past_the_change_tracker_gets_the_entry_the_tracker_path_gives_an_added_entity()
    {
        using var tracked = Context("Nacherfassung");
        using var bulk = Context("Nacherfassung");
        var figure = Figure();
        tracked.MonthlyValues.Add(figure);

        _writer.AddChanges(tracked);
        var viaTracker = Added(tracked).ShouldHaveSingleItem();
        var viaBulk = _writer.ForInserts(bulk, [figure], Now).ShouldHaveSingleItem();

        viaBulk.ShouldBeEquivalentTo(viaTracker);
        (viaTracker.User, viaTracker.At, viaTracker.EntityType, viaTracker.EntityKey, viaTracker.Action, viaTracker.OldValues)
            .ShouldBe(("tl@example.org", Now, nameof(MonthlyValue), figure.Id.ToString(), "Added", null));
        (viaTracker.Reason, viaTracker.OrgUnitId).ShouldBe(("Nacherfassung", 7));
        var values = JsonDocument.Parse(viaTracker.NewValues!).RootElement;
        values.TryGetProperty(nameof(MonthlyValue.Id), out _).ShouldBeFalse("the key is the entry's EntityKey, not a value");
        values.GetProperty(nameof(MonthlyValue.Value)).GetDecimal().ShouldBe(12.5m);
    }

    [Theory]
    [InlineData("12.50", "Müller \"MÜ\" <tl> & Co.\\ \u00e9\u2028", 1234567)]
    [InlineData("0.0001", "", 0)]
    [InlineData("79228162514264337593543950335", "a\tb\nc", 9_999_999)]
    [InlineData("1E-28", "\u0001 \u007f \ud83d\ude00", 1)]
    public void The_json_of_a_bulk_entry_is_exactly_what_the_serializer_gives_the_tracker_path(string value, string user, int ticks)
    {
        using var tracked = Context();
        using var bulk = Context();
        var figure = Figure();
        (figure.Value, figure.UpdatedBy, figure.UpdatedAt) =
            (decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), user, Now.AddTicks(ticks));
        tracked.MonthlyValues.Add(figure);

        _writer.AddChanges(tracked);

        _writer.ForInserts(bulk, [figure], Now).ShouldHaveSingleItem().NewValues.ShouldBe(Added(tracked).ShouldHaveSingleItem().NewValues);
    }

    [Fact]
    public void A_modification_records_only_the_changed_values_and_one_that_changes_nothing_records_nothing()
    {
        using var db = Context();
        var figure = Figure();
        db.MonthlyValues.Attach(figure);
        db.Entry(figure).Property(f => f.UpdatedBy).IsModified = true; // marked, but the same value

        _writer.AddChanges(db);
        Added(db).ShouldBeEmpty();

        figure.Value = 13m;
        _writer.AddChanges(db);
        var entry = Added(db).ShouldHaveSingleItem();
        (entry.Action, entry.OldValues, entry.NewValues, entry.Reason).ShouldBe(("Modified", """{"Value":12.5}""", """{"Value":13}""", null));
    }

    [Fact]
    public void Each_context_records_its_own_reason_with_one_shared_writer()
    {
        using var first = Context("Grund eins");
        using var second = Context("Grund zwei");
        first.MonthlyValues.Add(Figure());
        second.MonthlyValues.Add(Figure());

        _writer.AddChanges(first);
        _writer.AddChanges(second);

        Added(first).ShouldHaveSingleItem().Reason.ShouldBe("Grund eins");
        Added(second).ShouldHaveSingleItem().Reason.ShouldBe("Grund zwei");
    }

    [Fact]
    public void An_event_names_the_acting_user_and_keeps_umlauts_and_enum_names_readable()
    {
        using var db = Context();

        _writer.AddEvent(db, "admin@example.org", "Benutzerkonto", "neu@example.org", "Rechte geändert",
            new Dictionary<string, object?> { ["Rolle"] = "Geschäftsführung", ["Status"] = MonthState.Abgeschlossen },
            null);

        var entry = Added(db).ShouldHaveSingleItem();
        (entry.User, entry.At, entry.EntityType, entry.EntityKey, entry.Action).ShouldBe(
            ("admin@example.org", Now, "Benutzerkonto", "neu@example.org", "Rechte geändert"));
        (entry.OldValues, entry.NewValues, entry.Reason, entry.OrgUnitId).ShouldBe(
            ("""{"Rolle":"Geschäftsführung","Status":"Abgeschlossen"}""", null, null, null));
    }

    private sealed class User(string name) : ICurrentUser
    {
        public string UserName => name;
    }

    private sealed class Clock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
