using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MeAktiv.Core.Data.Auditing;

/// <summary>
/// The one place that builds <see cref="AuditEntry"/> rows: who (<see cref="ICurrentUser"/>, or the acting
/// administrator), when (<see cref="TimeProvider"/>), which entity and key, the old and new values as JSON, and why
/// (<see cref="IAuditedContext.AuditReason"/> of the context the rows are saved with). Used by
/// <see cref="AuditInterceptor"/> (changes in the change tracker), the SQLite bulk path of new figures and the user
/// administration. It keeps no state between calls, so saves running at the same time cannot mix their entries.
/// </summary>
public sealed class AuditWriter(ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Enums by name; umlauts as they are (the audit log shows the JSON as stored).</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Adds to the context an entry for every added, changed or deleted <see cref="IAudited"/> entity it tracks, so they
    /// are saved with the change (called before the save). A modification that changes no value gets no entry.
    /// </summary>
    /// <exception cref="InvalidOperationException">An audited entity has a key or foreign key the database has not
    /// assigned yet: the entry would record EF's temporary value.</exception>
    public void AddChanges(IAuditedContext db)
    {
        var at = Now();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ForChange(e, at, db.AuditReason))
            .OfType<AuditEntry>()
            .ToList();
        db.AuditEntries.AddRange(entries);
    }

    /// <summary>
    /// The entries of new rows written past the change tracker (the bulk insert of new figures): the same fields and
    /// JSON as <see cref="AddChanges"/> gives an added entity (properties in the model's order, key excluded).
    /// </summary>
    /// <param name="db">The context the rows are saved with (its model and reason).</param>
    /// <param name="rows">The new rows.</param>
    /// <param name="at">The time of the change, as stored on the rows.</param>
    public IEnumerable<AuditEntry> ForInserts<T>(IAuditedContext db, IEnumerable<T> rows, DateTime at) where T : class, IAudited =>
        Lazily(rows, ForInsert<T>(db, at));

    /// <summary>
    /// <see cref="ForInserts{T}"/> one row at a time: the maker of the entry of a new row (the user and the context's
    /// reason as they are now, however late it is called).
    /// </summary>
    public Func<T, AuditEntry> ForInsert<T>(IAuditedContext db, DateTime at) where T : class, IAudited
    {
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        var keys = type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter()).ToList();
        var values = AuditJson.Names(type.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => (p.Name, Getter: p.GetGetter())), Json);
        var (user, reason) = (currentUser.UserName, db.AuditReason);
        return row => new AuditEntry
        {
            At = at,
            User = user,
            EntityType = type.ClrType.Name,
            EntityKey = keys.Count == 1 ? keys[0].GetClrValue(row)?.ToString() ?? "" : string.Join(",", keys.Select(k => k.GetClrValue(row))),
            Action = nameof(EntityState.Added),
            NewValues = AuditJson.Object(values, row, Json),
            Reason = reason,
            OrgUnitId = row.AuditUnitId(),
        };
    }

    /// <summary>Lazy: a bulk insert writes each entry as it is made, so a large import never holds all of them at once.</summary>
    private static IEnumerable<AuditEntry> Lazily<T>(IEnumerable<T> rows, Func<T, AuditEntry> entry)
    {
        foreach (var row in rows)
        {
            yield return entry(row);
        }
    }

    /// <summary>
    /// Adds to the context an entry for a change that is not an entity change of its own (e.g. an account's rights);
    /// saved with the context's next save.
    /// </summary>
    /// <param name="db">The context the entry is saved with (its reason).</param>
    /// <param name="user">Who made the change.</param>
    /// <param name="entityType">What kind of thing changed.</param>
    /// <param name="key">Which one.</param>
    /// <param name="action">What happened.</param>
    /// <param name="oldValues">The values before (null: none).</param>
    /// <param name="newValues">The values after (null: none).</param>
    /// <param name="unitId">The org unit the change belongs to, for the history per unit (null: none).</param>
    public void AddEvent(IAuditedContext db, string user, string entityType, string key, string action,
        IReadOnlyDictionary<string, object?>? oldValues, IReadOnlyDictionary<string, object?>? newValues, int? unitId = null) =>
        db.AuditEntries.Add(Entry(user, Now(), entityType, key, action, oldValues, newValues, db.AuditReason, unitId));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private AuditEntry? ForChange(EntityEntry entry, DateTime at, string? reason)
    {
        // A key or foreign key the database has not assigned yet would be recorded as EF's temporary value.
        // Audited entities therefore use client-generated keys and are saved after the rows they point to.
        if (entry.Properties.FirstOrDefault(p => p.IsTemporary) is { } temporary)
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name}.{temporary.Metadata.Name} has no value yet: save the row it refers to first, " +
                "so that the audit history records the real key.");
        }

        var props = entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()).ToList();
        if (entry.State == EntityState.Modified)
        {
            props = props.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
            if (props.Count == 0)
            {
                return null;
            }
        }

        var key = string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue));
        return Entry(currentUser.UserName, at, entry.Metadata.ClrType.Name, key, entry.State.ToString(),
            entry.State == EntityState.Added ? null : props.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue),
            entry.State == EntityState.Deleted ? null : props.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue),
            reason, ((IAudited)entry.Entity).AuditUnitId());
    }

    private static AuditEntry Entry(string user, DateTime at, string entityType, string key, string action,
        IReadOnlyDictionary<string, object?>? oldValues, IReadOnlyDictionary<string, object?>? newValues, string? reason, int? unitId) =>
        new()
        {
            At = at,
            User = user,
            EntityType = entityType,
            EntityKey = key,
            Action = action,
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues, Json),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues, Json),
            Reason = reason,
            OrgUnitId = unitId,
        };
}
