using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeAktiv.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Rule).HasMaxLength(40);
        b.Property(m => m.Recipient).HasMaxLength(256);
        b.Property(m => m.PeriodKey).HasMaxLength(100);
        // Exactly once per rule, recipient and period: a second insert (another run, instance or restart) fails here.
        b.HasIndex(m => new { m.Rule, m.Recipient, m.PeriodKey }).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(8000);
        b.Property(m => m.Link).HasMaxLength(1000);
        b.Property(m => m.Ics).HasMaxLength(8000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
    }
}

internal sealed class NotificationRuleSettingConfiguration : IEntityTypeConfiguration<NotificationRuleSetting>
{
    public void Configure(EntityTypeBuilder<NotificationRuleSetting> b)
    {
        b.HasKey(s => s.Rule);
        b.Property(s => s.Rule).HasMaxLength(40);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> b)
    {
        b.HasKey(o => new { o.UserName, o.Rule });
        b.Property(o => o.UserName).HasMaxLength(256);
        b.Property(o => o.Rule).HasMaxLength(40);
    }
}
