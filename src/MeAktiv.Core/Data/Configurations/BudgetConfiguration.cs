using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.Property(l => l.Code).HasMaxLength(40);
        b.HasIndex(l => l.Code).IsUnique();
        b.Property(l => l.Name).HasMaxLength(200);
        b.Property(l => l.Group).HasMaxLength(100);
    }
}

internal sealed class BudgetPlanConfiguration : IEntityTypeConfiguration<BudgetPlan>
{
    public void Configure(EntityTypeBuilder<BudgetPlan> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Note).HasMaxLength(1000);
        b.Property(p => p.CreatedBy).HasMaxLength(256);
        b.Property(p => p.VerwaltungAllocation).HasPrecision(18, 2);
        b.Property(p => p.EingliederungAllocation).HasPrecision(18, 2);
        b.Property(p => p.PlannedShift).HasPrecision(18, 2);
        b.HasIndex(p => new { p.Year, p.Number }).IsUnique();
        b.HasMany(p => p.Amounts).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.Label);
        b.ToTable(t => t.HasCheckConstraint("CK_BudgetPlans_Number", "[Number] BETWEEN 0 AND 3"));
    }
}

internal sealed class BudgetPlanAmountConfiguration : IEntityTypeConfiguration<BudgetPlanAmount>
{
    public void Configure(EntityTypeBuilder<BudgetPlanAmount> b)
    {
        b.HasKey(a => new { a.PlanId, a.LineId });
        b.Property(a => a.Amount).HasPrecision(18, 2);
        b.HasOne(a => a.Line).WithMany().HasForeignKey(a => a.LineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetExecutionConfiguration : IEntityTypeConfiguration<BudgetExecution>
{
    public void Configure(EntityTypeBuilder<BudgetExecution> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.Committed).HasPrecision(18, 2);
        b.Property(e => e.Paid).HasPrecision(18, 2);
        b.Property(e => e.UpdatedBy).HasMaxLength(256);
        b.HasIndex(e => new { e.LineId, e.Year, e.Month }).IsUnique();
        b.HasOne(e => e.Line).WithMany().HasForeignKey(e => e.LineId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_BudgetExecutions_Month", "[Month] BETWEEN 1 AND 12"));
    }
}

internal sealed class FinanceMonthConfiguration : IEntityTypeConfiguration<FinanceMonth>
{
    public void Configure(EntityTypeBuilder<FinanceMonth> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.SubmittedBy).HasMaxLength(256);
        b.Property(s => s.ClosedBy).HasMaxLength(256);
        b.Property(s => s.ReopenReason).HasMaxLength(1000);
        b.HasIndex(s => new { s.Year, s.Month }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_FinanceMonths_Month", "[Month] BETWEEN 1 AND 12"));
    }
}

internal sealed class StaffMonthConfiguration : IEntityTypeConfiguration<StaffMonth>
{
    public void Configure(EntityTypeBuilder<StaffMonth> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.PlannedFte).HasPrecision(9, 2);
        b.Property(s => s.ActualFte).HasPrecision(9, 2);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.HasIndex(s => new { s.OrgUnitId, s.Year, s.Month }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_StaffMonths_Month", "[Month] BETWEEN 1 AND 12"));
    }
}
