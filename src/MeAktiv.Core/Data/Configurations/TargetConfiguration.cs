using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasIndex(t => new { t.IndicatorId, t.OrgUnitId, t.Year }).IsUnique();
        b.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.OrgUnit).WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TargetId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(t => t.Current);
    }
}

internal sealed class TargetVersionConfiguration : IEntityTypeConfiguration<TargetVersion>
{
    public void Configure(EntityTypeBuilder<TargetVersion> b)
    {
        b.Property(v => v.Id).ValueGeneratedNever();
        b.HasIndex(v => new { v.TargetId, v.Number }).IsUnique();
        b.Property(v => v.Value).HasPrecision(18, 4);
        b.Property(v => v.Note).HasMaxLength(500);
        b.Property(v => v.Reason).HasMaxLength(500);
        b.Property(v => v.Baseline).HasPrecision(18, 4);
        b.Property(v => v.Change).HasPrecision(18, 4);
        b.Property(v => v.BaselineSource).HasMaxLength(300);
        b.Property(v => v.CreatedBy).HasMaxLength(256);
        b.Property(v => v.PhasingPlan).HasMaxLength(2000);
    }
}
