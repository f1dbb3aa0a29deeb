using System.Globalization;
using System.Security.Claims;
using System.Text;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Dashboard;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>Once a week, from the configured weekday on: to the Geschäftsführung the morning summary of the whole
/// Jobcenter (<see cref="MorningSummary"/>: red and yellow counts, largest gaps, red targets without an active measure)
/// in THE default month, and the months of the year not closed yet.</summary>
public sealed class WeeklyDigestRule(DashboardService dashboard, DatenstandQueries datenstand, UserScopeService scopes) : INotificationRule
{
    public string Key => NotificationRules.WeeklyDigest;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var monday = run.Today.AddDays(-(((int)run.Today.DayOfWeek + 6) % 7));
        if (run.Today < monday.AddDays(((int)run.Setting.Weekday + 6) % 7))
        {
            return [];
        }

        var week = $"{ISOWeek.GetYear(run.Today.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(run.Today.ToDateTime(TimeOnly.MinValue)):00}";
        var people = run.People.InRole(Roles.Geschaeftsfuehrung).ToList();
        if (people.Count == 0)
        {
            return [];
        }

        var year = run.Today.Month == 1 ? run.Today.Year - 1 : run.Today.Year;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, people[0].UserName), new Claim(ClaimTypes.Role, Roles.Geschaeftsfuehrung)], "notifications"));
        var overview = await dashboard.OverviewAsync(await scopes.GetAsync(principal, ct), null, year, null, ct);
        var stand = await datenstand.LoadAsync(year, year, ct);
        var open = stand.Root is { } root
            ? stand.YearOf(root.Id, year).Where(c => c.Month.Month <= overview.Month && c.Coverage.Expected > c.Coverage.Closed)
                .Select(c => German.MonthDigits(c.Month.Year, c.Month.Month)).ToList()
            : [];
        var body = Body(overview, open);
        return people.Select(p => new Notice(p.UserName, week, $"Wochenbericht Zielerreichung {German.MonthDigits(year, overview.Month)}",
            $"Guten Tag {p.DisplayName},\n\n{body}", run.Options.Link($"/uebersicht?jahr={year}&monat={overview.Month}"))).ToList();
    }

    private static string Body(DashboardOverview overview, IReadOnlyList<string> open)
    {
        var s = overview.Summary;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Stand {German.Month(overview.Year, overview.Month)}: {s.Red} Ziele rot, {s.Yellow} gelb, {s.Green} grün.\n");
        if (s.LargestGaps.Count > 0)
        {
            text.Append("\nGrößte Abweichungen:\n");
            foreach (var gap in s.LargestGaps)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {gap.Name}: {(gap.Gap is { } g ? German.Share(g) : "–")} unter dem anteiligen Ziel\n");
            }
        }

        text.Append(s.RedWithoutActiveMeasure.Count > 0
            ? "\nRote Ziele ohne aktive Maßnahme:\n" + string.Concat(s.RedWithoutActiveMeasure.Select(t => $"- {t.Name}\n"))
            : "\nJedes rote Ziel hat eine aktive Maßnahme.\n");
        text.Append(open.Count > 0 ? $"\nNoch nicht abgeschlossene Monate: {string.Join(", ", open)}\n" : "\nAlle Monate sind abgeschlossen.\n");
        return text.ToString();
    }
}
