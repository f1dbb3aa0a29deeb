using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class DataStampConfiguration : IEntityTypeConfiguration<DataStamp>
{
    public void Configure(EntityTypeBuilder<DataStamp> b)
    {
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(40);
        b.HasData(new DataStamp { Name = DataStamp.Figures, Value = 0 }, new DataStamp { Name = DataStamp.Reference, Value = 0 });
    }
}
