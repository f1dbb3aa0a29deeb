using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.Property(i => i.Code).HasMaxLength(20);
        b.HasIndex(i => i.Code).IsUnique();
        b.Property(i => i.Name).HasMaxLength(160);
        b.Property(i => i.Description).HasMaxLength(2000);
        b.Property(i => i.GreenFrom).HasPrecision(9, 4);
        b.Property(i => i.YellowFrom).HasPrecision(9, 4);
        b.HasMany(i => i.Components).WithOne(c => c.Indicator).HasForeignKey(c => c.IndicatorId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorComponentConfiguration : IEntityTypeConfiguration<IndicatorComponent>
{
    public void Configure(EntityTypeBuilder<IndicatorComponent> b)
    {
        b.Property(c => c.Code).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(120);
        b.HasIndex(c => new { c.IndicatorId, c.Code }).IsUnique();
        b.Property(c => c.MaxValue).HasPrecision(18, 4);
        b.HasOne(c => c.PartOf).WithMany().HasForeignKey(c => c.PartOfId).OnDelete(DeleteBehavior.Restrict);
    }
}
