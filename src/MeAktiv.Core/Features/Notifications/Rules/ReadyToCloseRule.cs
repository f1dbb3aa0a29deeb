using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>A month ready to close: every unit below a Bereichsleitung's unit that owes the month has submitted it, and
/// not all are closed yet. To that Bereichsleitung, once per unit and month (the three months before today's).</summary>
public sealed class ReadyToCloseRule(DatenstandQueries datenstand) : INotificationRule
{
    public string Key => NotificationRules.ReadyToClose;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var current = new YearMonth(run.Today.Year, run.Today.Month);
        var months = Enumerable.Range(1, 3).Select(i => current.AddMonths(-i)).Reverse().ToList();
        var stand = await datenstand.LoadAsync(months[0].Year, months[^1].Year, ct);
        var result = new List<Notice>();
        foreach (var person in run.People.InRole(Roles.Bereichsleitung))
        {
            foreach (var unit in stand.Units.Where(u => person.Units.Contains(u.Id)))
            {
                foreach (var month in months)
                {
                    var coverage = stand.CoverageOf(unit.Id, month).Coverage;
                    if (coverage.Expected > 0 && coverage.Submitted == coverage.Expected && coverage.Closed < coverage.Expected)
                    {
                        result.Add(new Notice(person.UserName, $"{month.Year:0000}-{month.Month:00}:{unit.Code}",
                            $"{unit.Name}: {Common.German.Month(month)} kann abgeschlossen werden",
                            $"Guten Tag {person.DisplayName},\n\nalle {coverage.Expected} Einheiten von {unit.Name} haben die Monatszahlen " +
                            $"{Common.German.Month(month)} eingereicht. Der Monat kann jetzt geprüft und abgeschlossen werden.",
                            run.Options.Link($"/monatsabschluss?monat={month.Year:0000}-{month.Month:00}")));
                    }
                }
            }
        }

        return result;
    }
}
