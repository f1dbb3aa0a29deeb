using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class OrgUnitSuccessorConfiguration : IEntityTypeConfiguration<OrgUnitSuccessor>
{
    public void Configure(EntityTypeBuilder<OrgUnitSuccessor> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Share).HasPrecision(9, 4);
        b.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Component).WithMany().HasForeignKey(s => s.ComponentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.PredecessorId, s.SuccessorId, s.ComponentId }).IsUnique();
        b.HasIndex(s => s.SuccessorId);
        // No check constraint on Share: SQLite stores decimals as TEXT, where a numeric comparison does not hold; the
        // service and the seed reader check 0 < share ≤ 100.
    }
}
