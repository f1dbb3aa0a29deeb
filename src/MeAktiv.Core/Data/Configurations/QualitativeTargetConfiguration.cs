using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class QualitativeTargetConfiguration : IEntityTypeConfiguration<QualitativeTarget>
{
    public void Configure(EntityTypeBuilder<QualitativeTarget> b)
    {
        b.Property(q => q.Id).ValueGeneratedNever();
        b.Property(q => q.Version).IsConcurrencyToken();
        b.Property(q => q.Code).HasMaxLength(40);
        b.HasIndex(q => q.Code).IsUnique();
        b.Property(q => q.Title).HasMaxLength(200);
        b.Property(q => q.Description).HasMaxLength(2000);
        b.Property(q => q.Owner).HasMaxLength(256);
        b.Property(q => q.Evidence).HasMaxLength(2000);
        b.Property(q => q.Source).HasMaxLength(200);
        b.Property(q => q.UpdatedBy).HasMaxLength(256);
        b.HasIndex(q => new { q.Year, q.DueDate });
        b.HasOne(q => q.OrgUnit).WithMany().HasForeignKey(q => q.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(q => q.IsOpen);
    }
}
