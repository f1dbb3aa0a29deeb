using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.Property(u => u.Code).HasMaxLength(20);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(120);
        b.Property(u => u.TeamKind).HasMaxLength(60);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(u => u.Cities).WithOne().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> b)
    {
        b.Property(c => c.Code).HasMaxLength(20);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Name).HasMaxLength(80);
    }
}

internal sealed class OrgUnitCityConfiguration : IEntityTypeConfiguration<OrgUnitCity>
{
    public void Configure(EntityTypeBuilder<OrgUnitCity> b)
    {
        b.HasOne(c => c.City).WithMany().HasForeignKey(c => c.CityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.OrgUnitId, c.CityId, c.ValidFrom }).IsUnique();
    }
}
