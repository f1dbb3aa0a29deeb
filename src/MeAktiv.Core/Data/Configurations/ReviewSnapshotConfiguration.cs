using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class ReviewSnapshotConfiguration : IEntityTypeConfiguration<ReviewSnapshot>
{
    public void Configure(EntityTypeBuilder<ReviewSnapshot> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.ModelJson).IsRequired();
        b.HasIndex(s => new { s.Year, s.Quarter });
        b.HasIndex(s => s.MeetingId);
        b.ToTable(t => t.HasCheckConstraint("CK_ReviewSnapshots_Quarter", "[Quarter] BETWEEN 1 AND 4"));
    }
}
