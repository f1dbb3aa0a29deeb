using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The life cycle of a Steuerungsmaßnahme: offen → in Umsetzung → erledigt; offen or in Umsetzung → verworfen.
/// Reopening (decision): an erledigte measure can be taken up again (→ in Umsetzung) and a verworfene one revived
/// (→ offen) when the figures show it is needed after all, but only by the Bereichsleitung or the
/// Geschäftsführung and only with a reason, which the follow-up entries and the audit history keep.
/// Every other step is refused with a German message.
/// </summary>
public static class MeasureStatusMachine
{
    private static readonly Dictionary<MeasureStatus, MeasureStatus[]> Forward = new()
    {
        [MeasureStatus.Offen] = [MeasureStatus.InUmsetzung, MeasureStatus.Verworfen],
        [MeasureStatus.InUmsetzung] = [MeasureStatus.Erledigt, MeasureStatus.Verworfen],
        [MeasureStatus.Erledigt] = [],
        [MeasureStatus.Verworfen] = [],
    };

    private static readonly Dictionary<MeasureStatus, MeasureStatus> Reopen = new()
    {
        [MeasureStatus.Erledigt] = MeasureStatus.InUmsetzung,
        [MeasureStatus.Verworfen] = MeasureStatus.Offen,
    };

    /// <summary>The steps open from <paramref name="from"/> for a user who may (or may not) reopen.</summary>
    public static IReadOnlyList<MeasureStatus> NextSteps(MeasureStatus from, bool mayReopen) =>
        [.. Forward[from], .. mayReopen && Reopen.TryGetValue(from, out var back) ? new[] { back } : []];

    public static bool IsReopening(MeasureStatus from, MeasureStatus to) => Reopen.TryGetValue(from, out var back) && back == to;

    /// <summary>Null when the step is allowed, else the German reason why not.</summary>
    public static string? Refusal(MeasureStatus from, MeasureStatus to, bool mayReopen, string? reason)
    {
        if (from == to)
        {
            return $"Die Maßnahme ist bereits „{Text(to)}“.";
        }

        if (Forward[from].Contains(to))
        {
            return to == MeasureStatus.Verworfen && string.IsNullOrWhiteSpace(reason)
                ? "Bitte begründen, warum die Maßnahme verworfen wird."
                : null;
        }

        if (IsReopening(from, to))
        {
            if (!mayReopen)
            {
                return "Nur die Bereichsleitung oder die Geschäftsführung kann eine abgeschlossene Maßnahme wieder aufnehmen.";
            }

            return string.IsNullOrWhiteSpace(reason) ? "Bitte einen Grund für die Wiederaufnahme angeben." : null;
        }

        return (from, to) switch
        {
            (MeasureStatus.Offen, MeasureStatus.Erledigt) =>
                "Eine offene Maßnahme kann nicht direkt erledigt werden: Sie muss erst in Umsetzung gehen.",
            (MeasureStatus.Erledigt or MeasureStatus.Verworfen, _) =>
                $"Die Maßnahme ist „{Text(from)}“ und kann nur wieder aufgenommen werden („{Text(Reopen[from])}“), nicht auf „{Text(to)}“ gesetzt werden.",
            _ => $"Die Maßnahme kann nicht von „{Text(from)}“ auf „{Text(to)}“ wechseln: kein erlaubter Statuswechsel.",
        };
    }

    public static bool IsActive(MeasureStatus status) => status is MeasureStatus.Offen or MeasureStatus.InUmsetzung;

    public static string Text(MeasureStatus status) => status switch
    {
        MeasureStatus.Offen => "offen",
        MeasureStatus.InUmsetzung => "in Umsetzung",
        MeasureStatus.Erledigt => "erledigt",
        MeasureStatus.Verworfen => "verworfen",
        _ => status.ToString(),
    };
}
