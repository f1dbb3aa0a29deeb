using MeAktiv.Core.Data.Auditing;
using MeAktiv.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Data;

/// <summary>The one database context: master data, targets, monthly figures, audit history, Identity and the
/// data-protection keys (shared by every instance of the app).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext, IAuditedContext
{
    /// <summary>
    /// Why the changes saved through this context are made (e.g. why a closed month was reopened): every audit entry of
    /// its saves records it (<see cref="AuditWriter"/>). Set right after creating the short-lived context, before
    /// saving; each context carries its own, so saves running at the same time never record each other's reason.
    /// </summary>
    public string? AuditReason { get; set; }

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<City> Cities => Set<City>();

    public DbSet<OrgUnitCity> OrgUnitCities => Set<OrgUnitCity>();

    public DbSet<OrgUnitSuccessor> OrgUnitSuccessors => Set<OrgUnitSuccessor>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorComponent> IndicatorComponents => Set<IndicatorComponent>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<TargetVersion> TargetVersions => Set<TargetVersion>();

    public DbSet<MonthlyValue> MonthlyValues => Set<MonthlyValue>();

    public DbSet<MonthStatus> MonthStatuses => Set<MonthStatus>();

    public DbSet<ReportingDuty> ReportingDuties => Set<ReportingDuty>();

    public DbSet<IndicatorYear> IndicatorYears => Set<IndicatorYear>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserOrgUnit> UserOrgUnits => Set<UserOrgUnit>();

    public DbSet<DataStamp> DataStamps => Set<DataStamp>();

    public DbSet<ReviewSnapshot> ReviewSnapshots => Set<ReviewSnapshot>();

    public DbSet<IndicatorComment> IndicatorComments => Set<IndicatorComment>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureIndicator> MeasureIndicators => Set<MeasureIndicator>();

    public DbSet<MeasureFollowUp> MeasureFollowUps => Set<MeasureFollowUp>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<MeetingDecision> MeetingDecisions => Set<MeetingDecision>();

    public DbSet<FixedDate> FixedDates => Set<FixedDate>();

    public DbSet<RecurringDate> RecurringDates => Set<RecurringDate>();
    public DbSet<QualitativeTarget> QualitativeTargets => Set<QualitativeTarget>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<BudgetPlan> BudgetPlans => Set<BudgetPlan>();

    public DbSet<BudgetPlanAmount> BudgetPlanAmounts => Set<BudgetPlanAmount>();

    public DbSet<BudgetExecution> BudgetExecutions => Set<BudgetExecution>();

    public DbSet<FinanceMonth> FinanceMonths => Set<FinanceMonth>();

    public DbSet<StaffMonth> StaffMonths => Set<StaffMonth>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<NotificationRuleSetting> NotificationRuleSettings => Set<NotificationRuleSetting>();

    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();

    /// <summary>The keys that protect cookies and antiforgery tokens (ASP.NET Core data protection).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Times are stored in UTC; reading them back marks them as UTC, so the API writes "…Z" and the UI converts.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
