using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class ReportingDutyConfiguration : IEntityTypeConfiguration<ReportingDuty>
{
    /// <summary>A month as the number <c>JJJJMM</c> (201504): sortable and readable in SQL.</summary>
    private static readonly ValueConverter<YearMonth, int> MonthNumber =
        new(m => m.Year * 100 + m.Month, n => new YearMonth(n / 100, n % 100));

    public void Configure(EntityTypeBuilder<ReportingDuty> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.From).HasConversion(MonthNumber).HasColumnName("FromMonth");
        b.Property(d => d.To).HasConversion(MonthNumber).HasColumnName("ToMonth");
        b.HasIndex(d => new { d.OrgUnitId, d.IndicatorId });
        b.HasOne(d => d.OrgUnit).WithMany().HasForeignKey(d => d.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Indicator).WithMany().HasForeignKey(d => d.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Component).WithMany().HasForeignKey(d => d.ComponentId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ReportingDuties_FromMonth", "[FromMonth] % 100 BETWEEN 1 AND 12");
            t.HasCheckConstraint("CK_ReportingDuties_ToMonth", "[ToMonth] IS NULL OR [ToMonth] >= [FromMonth]");
        });
    }
}
