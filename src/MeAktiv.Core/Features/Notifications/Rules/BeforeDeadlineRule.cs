using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>From <c>Days</c> working days (NRW) before the submission deadline up to the deadline: to the Teamleitungen
/// of the units that still owe the month's figures (only those), one notice per person and month.</summary>
public sealed class BeforeDeadlineRule(DatenstandQueries datenstand, IOptions<FigureOptions> figures) : INotificationRule
{
    public string Key => NotificationRules.BeforeDeadline;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var due = DeadlineMonths.Near(run.Today, figures.Value)
            .Where(m => WorkingDays.Add(m.Deadline, -run.Setting.Days) <= run.Today && run.Today <= m.Deadline).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var stand = await datenstand.LoadAsync(due[0].Month.Year, due[^1].Month.Year, ct);
        var result = new List<Notice>();
        foreach (var (month, deadline) in due)
        {
            var owing = DeadlineMonths.Owing(stand, month);
            foreach (var person in owing.SelectMany(u => run.People.TeamLeadsOf(u.Id)).DistinctBy(p => p.UserName))
            {
                var units = owing.Where(u => person.Units.Contains(u.Id)).ToList();
                result.Add(new Notice(person.UserName, $"{month.Year:0000}-{month.Month:00}",
                    $"Erinnerung: Monatszahlen {DeadlineMonths.Label(month)} bis {German.Date(deadline)} einreichen",
                    $"Guten Tag {person.DisplayName},\n\ndie Monatszahlen {DeadlineMonths.Label(month)} sind bis {German.Date(deadline)} " +
                    $"einzureichen. Noch nicht eingereicht:\n{DeadlineMonths.UnitList(units)}\n\nBitte erfassen und einreichen.",
                    run.Options.Link(DeadlineMonths.GridPath(units[0], month))));
            }
        }

        return result;
    }
}
