using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class MonthlyValueConfiguration : IEntityTypeConfiguration<MonthlyValue>
{
    public void Configure(EntityTypeBuilder<MonthlyValue> b)
    {
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Value).HasPrecision(18, 4);
        // Application-managed token: works the same on SQLite (no rowversion) and SQL Server.
        b.Property(v => v.Version).IsConcurrencyToken();
        b.Property(v => v.UpdatedBy).HasMaxLength(256);
        b.HasIndex(v => new { v.OrgUnitId, v.ComponentId, v.Year, v.Month }).IsUnique();
        b.HasIndex(v => new { v.Year, v.Month });
        b.HasOne(v => v.OrgUnit).WithMany().HasForeignKey(v => v.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(v => v.Component).WithMany().HasForeignKey(v => v.ComponentId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_MonthlyValues_Month", "[Month] BETWEEN 1 AND 12"));
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.User).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(60);
        b.Property(a => a.EntityKey).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasIndex(a => new { a.EntityType, a.EntityKey });
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.OrgUnitId, a.At });
    }
}

internal sealed class UserOrgUnitConfiguration : IEntityTypeConfiguration<UserOrgUnit>
{
    public void Configure(EntityTypeBuilder<UserOrgUnit> b)
    {
        b.HasKey(u => new { u.UserId, u.OrgUnitId });
        b.HasOne<AppUser>().WithMany(u => u.OrgUnits).HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(u => u.OrgUnit).WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
