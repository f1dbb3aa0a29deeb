using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Description).HasMaxLength(4000);
        b.Property(m => m.Owner).HasMaxLength(256);
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.Property(m => m.UpdatedBy).HasMaxLength(256);
        b.HasIndex(m => new { m.OrgUnitId, m.Status });
        b.HasIndex(m => m.Owner);
        b.HasIndex(m => m.MeetingId);
        b.HasOne(m => m.OrgUnit).WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Indicators).WithOne().HasForeignKey(i => i.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.FollowUps).WithOne().HasForeignKey(f => f.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureIndicatorConfiguration : IEntityTypeConfiguration<MeasureIndicator>
{
    public void Configure(EntityTypeBuilder<MeasureIndicator> b)
    {
        b.HasKey(i => new { i.MeasureId, i.IndicatorId });
        b.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeasureFollowUpConfiguration : IEntityTypeConfiguration<MeasureFollowUp>
{
    public void Configure(EntityTypeBuilder<MeasureFollowUp> b)
    {
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.By).HasMaxLength(256);
        b.Property(f => f.Text).HasMaxLength(2000);
    }
}
