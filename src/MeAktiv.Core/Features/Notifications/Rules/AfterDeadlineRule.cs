using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary><c>Days</c> working days (NRW) after the submission deadline, while a unit still owes the month: again to
/// its Teamleitungen, and to the Bereichsleitung above it (one notice per person and month, naming the late units).</summary>
public sealed class AfterDeadlineRule(DatenstandQueries datenstand, IOptions<FigureOptions> figures) : INotificationRule
{
    public string Key => NotificationRules.AfterDeadline;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var late = DeadlineMonths.Near(run.Today, figures.Value)
            .Where(m => run.Setting.Days == 0 ? m.Deadline < run.Today : WorkingDays.Add(m.Deadline, run.Setting.Days) <= run.Today)
            .ToList();
        if (late.Count == 0)
        {
            return [];
        }

        var stand = await datenstand.LoadAsync(late[0].Month.Year, late[^1].Month.Year, ct);
        var result = new List<Notice>();
        foreach (var (month, deadline) in late)
        {
            var owing = DeadlineMonths.Owing(stand, month);
            var people = owing.SelectMany(u => run.People.TeamLeadsOf(u.Id).Concat(run.People.LeadsAbove(u.Id)))
                .DistinctBy(p => p.UserName);
            foreach (var person in people)
            {
                var lead = person.Roles.Contains(Roles.Bereichsleitung);
                var units = owing.Where(u => lead ? run.People.LeadsAbove(u.Id).Contains(person) : person.Units.Contains(u.Id)).ToList();
                result.Add(new Notice(person.UserName, $"{month.Year:0000}-{month.Month:00}",
                    $"Frist abgelaufen: Monatszahlen {DeadlineMonths.Label(month)} fehlen noch",
                    $"Guten Tag {person.DisplayName},\n\ndie Abgabefrist der Monatszahlen {DeadlineMonths.Label(month)} ist am " +
                    $"{German.Date(deadline)} abgelaufen. Noch nicht eingereicht:\n{DeadlineMonths.UnitList(units)}\n\n" +
                    (lead ? "Bitte wirken Sie auf die Einreichung hin." : "Bitte erfassen Sie die Zahlen und reichen Sie sie umgehend ein."),
                    run.Options.Link(DeadlineMonths.GridPath(units[0], month))));
            }
        }

        return result;
    }
}
