using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class IndicatorCommentConfiguration : IEntityTypeConfiguration<IndicatorComment>
{
    public void Configure(EntityTypeBuilder<IndicatorComment> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Text).HasMaxLength(4000);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
        b.Property(c => c.UpdatedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.IndicatorId, c.OrgUnitId, c.Year, c.Month }).IsUnique();
        b.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_IndicatorComments_Month", "[Month] BETWEEN 1 AND 12"));
    }
}

internal sealed class FixedDateConfiguration : IEntityTypeConfiguration<FixedDate>
{
    public void Configure(EntityTypeBuilder<FixedDate> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Code).HasMaxLength(40);
        b.HasIndex(d => d.Code).IsUnique();
        b.HasIndex(d => d.Date);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.Audience).HasMaxLength(200);
        b.Property(d => d.Source).HasMaxLength(200);
        b.Property(d => d.UpdatedBy).HasMaxLength(256);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}
