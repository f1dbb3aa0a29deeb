using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class RecurringDateConfiguration : IEntityTypeConfiguration<RecurringDate>
{
    public void Configure(EntityTypeBuilder<RecurringDate> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Code).HasMaxLength(40);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.Audience).HasMaxLength(200);
        b.Property(d => d.Source).HasMaxLength(200);
        b.Property(d => d.UpdatedBy).HasMaxLength(256);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne(d => d.OrgUnit).WithMany().HasForeignKey(d => d.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
