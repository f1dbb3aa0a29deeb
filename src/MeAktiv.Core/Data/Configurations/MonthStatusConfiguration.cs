using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class MonthStatusConfiguration : IEntityTypeConfiguration<MonthStatus>
{
    public void Configure(EntityTypeBuilder<MonthStatus> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.SubmittedBy).HasMaxLength(256);
        b.Property(s => s.ClosedBy).HasMaxLength(256);
        b.Property(s => s.ReopenReason).HasMaxLength(1000);
        b.HasIndex(s => new { s.OrgUnitId, s.Year, s.Month }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_MonthStatuses_Month", "[Month] BETWEEN 1 AND 12"));
    }
}
