using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MeAktiv.Core.Data.Auditing;

/// <summary>
/// A context whose saves are audited: what <see cref="AuditWriter"/> reads from it and adds to it (implemented by
/// <c>AppDbContext</c>; the auditing folder does not depend on the data folder above it).
/// </summary>
public interface IAuditedContext
{
    /// <summary>Why the changes saved through this context are made; recorded in every audit entry of its saves.</summary>
    string? AuditReason { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    ChangeTracker ChangeTracker { get; }

    IModel Model { get; }
}
