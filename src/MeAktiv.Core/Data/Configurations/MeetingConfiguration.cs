using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.Participants).HasMaxLength(1000);
        b.Property(m => m.Minutes).HasMaxLength(20000);
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.Property(m => m.UpdatedBy).HasMaxLength(256);
        b.Property(m => m.ClosedBy).HasMaxLength(256);
        b.HasIndex(m => new { m.OrgUnitId, m.Date });
        b.HasOne(m => m.OrgUnit).WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_Meetings_Month", "[Month] BETWEEN 1 AND 12"));
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Text).HasMaxLength(500);
        b.Property(i => i.IndicatorCode).HasMaxLength(20);
        b.Property(i => i.UnitCode).HasMaxLength(20);
        b.Property(i => i.Actual).HasPrecision(18, 4);
        b.Property(i => i.PhasedTarget).HasPrecision(18, 4);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Text).HasMaxLength(2000);
        b.Property(d => d.CreatedBy).HasMaxLength(256);
    }
}
