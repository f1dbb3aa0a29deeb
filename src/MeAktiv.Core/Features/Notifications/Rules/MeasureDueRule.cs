using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>A measure open or in progress that is due within <c>Days</c> days (once) or overdue (once more): to its
/// owner. The due date is part of the period, so a postponed measure is announced again.</summary>
public sealed class MeasureDueRule : INotificationRule
{
    public string Key => NotificationRules.MeasureDue;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var horizon = run.Today.AddDays(run.Setting.Days);
        var measures = await run.Db.Measures.AsNoTracking()
            .Where(m => (m.Status == MeasureStatus.Offen || m.Status == MeasureStatus.InUmsetzung) && m.DueDate <= horizon)
            .Select(m => new { m.Id, m.Title, m.Owner, m.DueDate, Unit = m.OrgUnit!.Name })
            .ToListAsync(ct);
        return measures
            .Where(m => run.People.ByUserName(m.Owner) is not null)
            .Select(m =>
            {
                var person = run.People.ByUserName(m.Owner)!;
                var overdue = m.DueDate < run.Today;
                return new Notice(person.UserName, $"measure:{m.Id}:{(overdue ? "overdue" : "due")}:{m.DueDate:yyyy-MM-dd}",
                    overdue ? $"Maßnahme überfällig: {m.Title}" : $"Maßnahme fällig am {German.Date(m.DueDate)}: {m.Title}",
                    $"Guten Tag {person.DisplayName},\n\ndie Maßnahme „{m.Title}“ ({m.Unit}) " +
                    (overdue ? $"war am {German.Date(m.DueDate)} fällig und ist noch nicht erledigt." : $"ist am {German.Date(m.DueDate)} fällig.") +
                    "\n\nBitte den Stand in der Nachverfolgung eintragen.",
                    run.Options.Link($"/massnahmen/{m.Id}"));
            }).ToList();
    }
}
