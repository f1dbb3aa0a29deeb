using System.Globalization;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Web.Features.Targets;

/// <summary>
/// The period and phasing fields of "Ziele pflegen" as typed: months as <c>MM/JJJJ</c>, the phasing, and the monthly plan
/// as typed or pasted from Excel (<see cref="TargetPlanText"/>). Applied to a <see cref="TargetInput"/>; the rules are
/// the service's (<see cref="TargetPeriodRules"/>).
/// </summary>
public sealed class TargetPeriodForm
{
    public string? From { get; set; }

    public string? To { get; set; }

    public TargetPhasing Kind { get; set; }

    public string? PlanText { get; set; }

    /// <summary>Filled from a version (or the calendar year and linear phasing for a new target).</summary>
    public static TargetPeriodForm Of(int year, TargetVersionView? current) => new()
    {
        From = (current?.Profile.From ?? new YearMonth(year, 1)).ToString(),
        To = (current?.Profile.To ?? new YearMonth(year, 12)).ToString(),
        Kind = current?.Phasing ?? TargetPhasing.Linear,
        PlanText = current?.Phasing == TargetPhasing.Plan ? TargetPlanText.Format(current.Profile.Plan) : null,
    };

    /// <summary>The input with the period and phasing set, or a German message of what cannot be read.</summary>
    public (TargetInput? Input, string? Error) Apply(TargetInput input)
    {
        if (Month(From) is not { } from || Month(To) is not { } to)
        {
            return (null, "Zeitraum: bitte Monate als MM/JJJJ angeben, z. B. 04/2015.");
        }

        var (plan, error) = Kind == TargetPhasing.Plan ? TargetPlanText.Parse(PlanText) : ([], null);
        return error is not null
            ? (null, error)
            : (input with { PeriodFrom = from, PeriodTo = to, Phasing = Kind, Plan = plan }, null);
    }

    /// <summary><c>04/2015</c> (or <c>2015-04</c>) within the valid years; null otherwise.</summary>
    public static YearMonth? Month(string? text)
    {
        var t = text?.Trim() ?? "";
        return DateOnly.TryParseExact("01/" + t, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && new YearMonth(d.Year, d.Month) is { IsValid: true } month
            ? month
            : YearMonth.Parse(t);
    }

    public static string KindText(TargetPhasing kind) => kind switch
    {
        TargetPhasing.LastYear => "nach dem Monatsverlauf des Vorjahres",
        TargetPhasing.Plan => "nach Monatsplan",
        _ => "linear",
    };
}
