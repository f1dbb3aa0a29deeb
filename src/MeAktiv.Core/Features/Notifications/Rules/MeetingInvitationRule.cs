using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Notifications.Rules;

/// <summary>An open meeting within <c>Days</c> days: an invitation with the agenda's link and an .ics file to each
/// participant named in the meeting (user name or display name in „Teilnehmende“), once per meeting and date.</summary>
public sealed class MeetingInvitationRule : INotificationRule
{
    public string Key => NotificationRules.MeetingInvitation;

    public async Task<IReadOnlyList<Notice>> EvaluateAsync(RuleRun run, CancellationToken ct)
    {
        var horizon = run.Today.AddDays(run.Setting.Days);
        var meetings = await run.Db.Meetings.AsNoTracking()
            .Where(m => m.State == MeetingState.Offen && m.Date >= run.Today && m.Date <= horizon)
            .Select(m => new { m.Id, m.Kind, m.Date, m.Year, m.Month, m.Participants, Unit = m.OrgUnit!.Name, Items = m.AgendaItems.Count })
            .ToListAsync(ct);
        var result = new List<Notice>();
        foreach (var m in meetings)
        {
            var title = $"{MeetingQueries.KindText(m.Kind)} {m.Unit} am {German.Date(m.Date)}";
            var link = run.Options.Link($"/sitzungen/{m.Id}");
            var ics = Calendar(m.Id, title, m.Date, link);
            result.AddRange(run.People.NamedIn(m.Participants).Select(p => new Notice(p.UserName, $"meeting:{m.Id}:{m.Date:yyyy-MM-dd}",
                $"Einladung: {title}",
                $"Guten Tag {p.DisplayName},\n\nSie sind zur Sitzung „{title}“ eingeladen (Berichtsmonat " +
                $"{German.MonthDigits(m.Year, m.Month)}, {m.Items} Tagesordnungspunkte). Die Tagesordnung steht unter dem Link; " +
                "der Termin liegt als Kalenderdatei (.ics) bei.", link, ics)));
        }

        return result;
    }

    /// <summary>An all-day event on the meeting's day (the time is agreed elsewhere), its UID the meeting's id.</summary>
    internal static string Calendar(Guid id, string title, DateOnly date, string link)
    {
        var calendar = new Calendar();
        calendar.AddProperty("METHOD", "PUBLISH");
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{id}@me-aktiv",
            Summary = title,
            Description = $"Tagesordnung: {link}",
            Start = new CalDateTime(date.Year, date.Month, date.Day),
            End = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
            Url = new Uri(link),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
