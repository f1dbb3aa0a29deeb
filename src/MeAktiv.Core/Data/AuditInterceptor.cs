using System.Text.Json;
using System.Text.Json.Serialization;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MeAktiv.Core.Data;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every change of an <see cref="IAudited"/> entity before the save, so the
/// history is committed in the same transaction as the change (or not at all).
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Reason recorded with the next save (e.g. why a closed month was reopened).</summary>
    public string? Reason { get; set; }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToAuditEntry(e, now))
            .Where(a => a is not null)
            .ToList();
        context.Set<AuditEntry>().AddRange(entries!);
    }

    private AuditEntry? ToAuditEntry(EntityEntry entry, DateTime now)
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
        return new AuditEntry
        {
            At = now,
            User = currentUser.UserName,
            EntityType = entry.Metadata.ClrType.Name,
            EntityKey = key,
            Action = entry.State.ToString(),
            OldValues = entry.State == EntityState.Added ? null : Serialize(props, p => p.OriginalValue),
            NewValues = entry.State == EntityState.Deleted ? null : Serialize(props, p => p.CurrentValue),
            Reason = Reason,
            OrgUnitId = ((IAudited)entry.Entity).AuditUnitId(),
        };
    }

    /// <summary>
    /// The audit entry of a new row written past the change tracker (the bulk insert of new figures): the same fields
    /// and JSON as <see cref="ToAuditEntry"/> gives an added entity (properties in the model's order, key excluded).
    /// </summary>
    public AuditEntry ForInsert(IEntityType type, IAudited entity, DateTime now)
    {
        var key = string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValue(entity)));
        var values = type.GetProperties().Where(p => !p.IsPrimaryKey())
            .ToDictionary(p => p.Name, p => p.GetGetter().GetClrValue(entity));
        return new AuditEntry
        {
            At = now,
            User = currentUser.UserName,
            EntityType = type.ClrType.Name,
            EntityKey = key,
            Action = nameof(EntityState.Added),
            NewValues = JsonSerializer.Serialize(values, Json),
            Reason = Reason,
            OrgUnitId = entity.AuditUnitId(),
        };
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static string Serialize(IEnumerable<PropertyEntry> props, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(props.ToDictionary(p => p.Metadata.Name, value), Json);
}
