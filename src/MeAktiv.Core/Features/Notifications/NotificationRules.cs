namespace MeAktiv.Core.Features.Notifications;

/// <summary>The notification rules the Administration switches on and times, with their defaults and German names.</summary>
public static class NotificationRules
{
    public const string BeforeDeadline = "frist-vorher";
    public const string AfterDeadline = "frist-nachher";
    public const string ReadyToClose = "monat-abschliessen";
    public const string MeasureDue = "massnahme-faellig";
    public const string MeetingInvitation = "sitzung-einladung";
    public const string WeeklyDigest = "wochenbericht";

    public static readonly IReadOnlyList<RuleInfo> All =
    [
        new(BeforeDeadline, "Erinnerung vor der Abgabefrist", "an die Teamleitungen der Einheiten, die den Monat noch schulden",
            3, "Arbeitstage vor der Frist"),
        new(AfterDeadline, "Mahnung nach der Abgabefrist", "an die Teamleitungen und die Bereichsleitung, solange der Monat fehlt",
            1, "Arbeitstage nach der Frist"),
        new(ReadyToClose, "Monat abschlussbereit", "an die Bereichsleitung, wenn alle Einheiten eingereicht haben", 0, null),
        new(MeasureDue, "Maßnahme fällig oder überfällig", "an die verantwortliche Person", 7, "Tage vor der Fälligkeit"),
        new(MeetingInvitation, "Einladung zur Sitzung", "an die Teilnehmenden, mit Tagesordnung und Kalenderdatei (.ics)",
            30, "Tage vor der Sitzung"),
        new(WeeklyDigest, "Wochenbericht", "an die Geschäftsführung: rote und gelbe Ziele, größte Abweichungen, offene Monate",
            0, null, HasWeekday: true),
    ];

    public static RuleInfo? Find(string key) => All.FirstOrDefault(r => r.Key == key);

    public static string NameOf(string key) => Find(key)?.Name ?? key;
}

/// <summary>A rule: key, German name and audience; <see cref="DaysLabel"/> null: no timing in days.</summary>
public sealed record RuleInfo(string Key, string Name, string Audience, int DefaultDays, string? DaysLabel, bool HasWeekday = false);

/// <summary>A rule's settings as they apply (stored or default); <see cref="Version"/> null: never saved.</summary>
public sealed record RuleSetting(string Key, string Name, string Audience, bool Enabled, int Days, string? DaysLabel, bool HasWeekday,
    DayOfWeek Weekday, Guid? Version);

/// <summary>A change of a rule's settings by the Administration (<see cref="Version"/>: as read; null for a first save).</summary>
public sealed record RuleSettingInput(bool Enabled, int Days, DayOfWeek Weekday, Guid? Version);
