using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class IndicatorYearConfiguration : IEntityTypeConfiguration<IndicatorYear>
{
    public void Configure(EntityTypeBuilder<IndicatorYear> b)
    {
        b.Property(y => y.Id).ValueGeneratedNever();
        b.Property(y => y.Reason).HasMaxLength(500);
        b.Property(y => y.Version).IsConcurrencyToken();
        b.HasIndex(y => new { y.IndicatorId, y.Year }).IsUnique();
        b.HasOne(y => y.Indicator).WithMany().HasForeignKey(y => y.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
