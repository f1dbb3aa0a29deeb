using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>Reads the rules' settings (stored or default) and saves a change of the Administration: audited (the
/// entity is <see cref="IAudited"/>), version check (409 on a stale save), German messages for bad input.</summary>
public sealed class RuleSettingsService(IDbContextFactory<AppDbContext> factory)
{
    public const int MaxDays = 60;

    public async Task<IReadOnlyList<RuleSetting>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.NotificationRuleSettings.AsNoTracking().ToDictionaryAsync(s => s.Rule, ct);
        return NotificationRules.All.Select(r => Of(r, stored.GetValueOrDefault(r.Key))).ToList();
    }

    public async Task<NotificationWrite> SaveAsync(UserScope scope, string key, RuleSettingInput input, CancellationToken ct = default)
    {
        if (!scope.IsInRole(Roles.Administration))
        {
            return NotificationWrite.Fail(NotificationFailure.Forbidden, "Nur die Administration pflegt die Benachrichtigungen.");
        }

        if (NotificationRules.Find(key) is not { } rule)
        {
            return NotificationWrite.Fail(NotificationFailure.NotFound, $"Die Regel „{key}“ gibt es nicht.");
        }

        if (input.Days is < 0 or > MaxDays)
        {
            return NotificationWrite.Fail(NotificationFailure.Invalid, $"Die Tage bitte als Zahl von 0 bis {MaxDays} angeben.");
        }

        if (!Enum.IsDefined(input.Weekday))
        {
            return NotificationWrite.Fail(NotificationFailure.Invalid, "Bitte einen Wochentag wählen.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.NotificationRuleSettings.FirstOrDefaultAsync(s => s.Rule == key, ct);
        if (row?.Version != input.Version)
        {
            return NotificationWrite.Fail(NotificationFailure.Conflict,
                "Jemand hat diese Regel gerade geändert. Bitte neu laden und erneut speichern.");
        }

        if (row is null)
        {
            row = new NotificationRuleSetting { Rule = rule.Key };
            db.NotificationRuleSettings.Add(row);
        }
        else
        {
            db.Entry(row).Property(r => r.Version).OriginalValue = input.Version!.Value;
        }

        (row.Enabled, row.Days, row.Weekday, row.Version) = (input.Enabled, input.Days, input.Weekday, Guid.NewGuid());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return NotificationWrite.Fail(NotificationFailure.Conflict,
                "Jemand hat diese Regel gerade geändert. Bitte neu laden und erneut speichern.");
        }

        return NotificationWrite.Done(Of(rule, row));
    }

    private static RuleSetting Of(RuleInfo r, NotificationRuleSetting? s) => new(r.Key, r.Name, r.Audience,
        s?.Enabled ?? true, s?.Days ?? r.DefaultDays, r.DaysLabel, r.HasWeekday, s?.Weekday ?? DayOfWeek.Monday, s?.Version);
}

public enum NotificationFailure
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}

/// <summary>The outcome of a write: the saved setting, or why not (German).</summary>
public sealed record NotificationWrite(RuleSetting? Setting, NotificationFailure? Failure, string? Message)
{
    public static NotificationWrite Done(RuleSetting setting) => new(setting, null, null);

    public static NotificationWrite Fail(NotificationFailure failure, string message) => new(null, failure, message);
}
