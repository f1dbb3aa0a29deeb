using System.Globalization;
using System.Text.Json;
using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Audit;

/// <summary>
/// The German words of the audit log: what kind of thing changed, what happened, and a readable summary of the changed
/// fields (German labels and numbers, no keys, versions or stamps) instead of the stored JSON.
/// </summary>
public static class AuditTexts
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["MonthlyValue"] = "Kennzahlwert", ["MonthStatus"] = "Monatsstatus", ["TargetVersion"] = "Zielversion",
        ["OrgUnitSuccessor"] = "Nachfolge-Einheit", ["ReportingDuty"] = "Meldepflicht", ["FixedDate"] = "Termin",
        ["RecurringDate"] = "Regelmäßiger Termin", ["IndicatorYear"] = "Kennzahl je Jahr", ["IndicatorComment"] = "Kommentar",
        ["Measure"] = "Maßnahme", ["MeasureIndicator"] = "Kennzahl einer Maßnahme", ["MeasureFollowUp"] = "Nachverfolgung einer Maßnahme",
        ["Meeting"] = "Sitzung", ["AgendaItem"] = "Tagesordnungspunkt", ["MeetingDecision"] = "Beschluss",
        ["QualitativeTarget"] = "Pflicht oder Meilenstein", ["ReviewSnapshot"] = "Stand (Präsentation)",
        ["Benutzerkonto"] = "Konto", ["Organisationseinheit"] = "Organisationseinheit",
        ["BudgetLine"] = "Haushaltsposition", ["BudgetPlan"] = "Haushaltsplan", ["BudgetPlanAmount"] = "Planansatz",
        ["BudgetExecution"] = "Mittelbindung und Ausgaben", ["FinanceMonth"] = "Monatsstatus Finanzen", ["StaffMonth"] = "Personal (VZÄ)",
        ["NotificationRuleSetting"] = "Benachrichtigungsregel", ["NotificationOptOut"] = "Abbestellte E-Mail",
    };

    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["Added"] = "angelegt", ["Modified"] = "geändert", ["Deleted"] = "gelöscht",
    };

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Value"] = "Wert", ["State"] = "Status", ["Status"] = "Status", ["Year"] = "Jahr", ["Month"] = "Monat",
        ["Reason"] = "Grund", ["Note"] = "Notiz", ["Title"] = "Titel", ["Text"] = "Text", ["Date"] = "Datum",
        ["DecidedOn"] = "beschlossen am", ["Number"] = "Version", ["Baseline"] = "Ausgangswert", ["BaselineSource"] = "Quelle Ausgangswert",
        ["Change"] = "Veränderung", ["PeriodFrom"] = "Zeitraum von", ["PeriodTo"] = "Zeitraum bis", ["Phasing"] = "Phasierung",
        ["PhasingPlan"] = "Monatsplan", ["IsActive"] = "aktiv", ["Active"] = "aktiv", ["Cancelled"] = "abgesagt",
        ["Yearly"] = "jährlich", ["From"] = "von", ["To"] = "bis", ["ValidFrom"] = "gültig ab", ["ValidTo"] = "gültig bis",
        ["DueOn"] = "fällig am", ["Owner"] = "verantwortlich", ["Description"] = "Beschreibung", ["Kind"] = "Art",
        ["SubmittedAt"] = "eingereicht am", ["SubmittedBy"] = "eingereicht von", ["ClosedAt"] = "abgeschlossen am",
        ["ClosedBy"] = "abgeschlossen von", ["ReopenReason"] = "Grund der Wiedereröffnung",
        ["Committed"] = "Mittelbindung", ["Paid"] = "Ausgaben", ["PlannedFte"] = "VZÄ Soll", ["ActualFte"] = "VZÄ Ist", ["Amount"] = "Betrag",
        ["Enabled"] = "eingeschaltet", ["Days"] = "Tage", ["Weekday"] = "Wochentag", ["Rule"] = "Regel",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Vorlaeufig"] = "vorläufig", ["Final"] = "final", ["Entwurf"] = "Entwurf", ["Eingereicht"] = "eingereicht",
        ["Abgeschlossen"] = "abgeschlossen", ["Linear"] = "linear", ["True"] = "ja", ["False"] = "nein",
    };

    /// <summary>Fields that say nothing to a reader: keys, concurrency tokens and write stamps.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Version", "UpdatedAt", "UpdatedBy", "CreatedAt", "CreatedBy", "OrgUnitId", "ComponentId", "IndicatorId", "TargetId",
        "MeasureId", "MeetingId", "LineId", "PlanId", "PredecessorId", "SuccessorId", "ConcurrencyStamp", "SecurityStamp", "PasswordHash",
    };

    /// <summary>The German name of an entry's type ("Zielversion", "Konto", …); unknown types as stored.</summary>
    public static string TypeName(string entityType) => Types.GetValueOrDefault(entityType, entityType);

    /// <summary>The stored type names whose German name contains <paramref name="text"/> or that equal it.</summary>
    public static IEnumerable<string> TypesNamed(string text) =>
        Types.Where(t => t.Value.Equals(text, StringComparison.OrdinalIgnoreCase)).Select(t => t.Key).Append(text);

    /// <summary>What happened, in German: angelegt, geändert, gelöscht; events ("Deaktiviert") in lower case.</summary>
    public static string ActionName(string action) =>
        Actions.TryGetValue(action, out var name) ? name : action.Length > 0 ? char.ToLower(action[0], German.Culture) + action[1..] : action;

    /// <summary>A readable summary of the changed fields: "Label: alt → neu; …" (only new values for a creation).</summary>
    public static string Summary(string? oldJson, string? newJson)
    {
        var before = Fields(oldJson);
        var after = Fields(newJson);
        var names = before.Keys.Concat(after.Keys).Distinct().Where(n => !Hidden.Contains(n));
        var parts = names.Select(n => (Label: Labels.GetValueOrDefault(n, n), Old: before.GetValueOrDefault(n), New: after.GetValueOrDefault(n)))
            .Where(p => p.Old is not null || p.New is not null)
            .Select(p => oldJson is null ? $"{p.Label}: {p.New ?? German.None}"
                : newJson is null ? $"{p.Label}: {p.Old ?? German.None}"
                : $"{p.Label}: {p.Old ?? German.None} → {p.New ?? German.None}");
        return string.Join("; ", parts);
    }

    /// <summary>One field of the stored JSON as German text (null when absent or empty).</summary>
    public static string? Field(string? json, string name) => Fields(json).GetValueOrDefault(name);

    /// <summary>A number field of the stored JSON (null when absent or not a number).</summary>
    public static decimal? Number(string? json, string name)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : null;
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return result;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return result;
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                result[p.Name] = Text(p.Value);
            }
        }
        catch (JsonException)
        {
            result["Inhalt"] = json;
        }

        return result;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? German.Input(d) : value.GetRawText(),
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nein",
        JsonValueKind.String => Word(value.GetString() ?? ""),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text).OfType<string>()),
        _ => value.GetRawText(),
    };

    private static string? Word(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (Words.TryGetValue(text, out var word))
        {
            return word;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return German.Date(day);
        }

        if (text.Length >= 19 && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return LocalTime(at);
        }

        return Guid.TryParse(text, out _) ? null : text;
    }

    /// <summary>A UTC time as the log shows it: Europe/Berlin, dd.MM.yyyy HH:mm.</summary>
    public static string LocalTime(DateTime utc) => German.ToLocal(utc).ToString("dd.MM.yyyy HH:mm", German.Culture);
}
