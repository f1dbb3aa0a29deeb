using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// The period and phasing of a new target version (docs/kennzahlen.md, "Zeitraum und Phasierung eines Ziels"): what the
/// input leaves out is taken over from the current version; the period starts in the target's year, does not end before
/// it starts and lasts at most five years; a monthly plan has one non-negative amount per month of the period (12 for
/// the calendar year), not all 0, and only goes with the phasing "Plan".
/// </summary>
public static class TargetPeriodRules
{
    /// <summary>The profile the new version gets: the input's, else the current version's, else the calendar year.</summary>
    public static TargetProfile Merge(TargetInput input, TargetVersion? current)
    {
        var before = current is null ? TargetProfile.CalendarYear(input.Year) : TargetProfile.Of(input.Year, current);
        var keepPhasing = input.Phasing is null && input.Plan is null;
        return new TargetProfile(
            input.PeriodFrom ?? (input.PeriodTo is null ? before.From : new YearMonth(input.Year, 1)),
            input.PeriodTo ?? (input.PeriodFrom is null ? before.To : new YearMonth(input.Year, 12)),
            keepPhasing ? before.Phasing : input.Phasing,
            keepPhasing ? before.Plan : input.Plan ?? []);
    }

    /// <summary>The German problems of a profile by field (periodFrom, periodTo, plan), empty when it may be saved.</summary>
    public static Dictionary<string, string> Problems(int year, TargetProfile profile)
    {
        var problems = new Dictionary<string, string>();
        if (profile.From.Year != year)
        {
            problems["PeriodFrom"] = $"Der Zeitraum eines Ziels für {year} muss in {year} beginnen (01/{year} bis 12/{year}).";
        }

        if (profile.To.CompareTo(profile.From) < 0)
        {
            problems["PeriodTo"] = $"Das Ende des Zeitraums ({profile.To}) liegt vor seinem Beginn ({profile.From}).";
        }
        else if (profile.Months > TargetProfile.MaxMonths)
        {
            problems["PeriodTo"] = $"Ein Zeitraum darf höchstens {TargetProfile.MaxMonths} Monate lang sein ({profile.Text} hat {profile.Months}).";
        }

        var plan = profile.Plan ?? [];
        if (profile.Phasing == TargetPhasing.Plan && !problems.ContainsKey("PeriodTo"))
        {
            if (plan.Count != profile.Months)
            {
                problems["Plan"] = $"Der Monatsplan braucht {profile.Months} Werte, einen je Monat von {profile.Text}; angegeben sind {plan.Count}.";
            }
            else if (plan.Any(v => v < 0m))
            {
                problems["Plan"] = "Die Werte des Monatsplans dürfen nicht negativ sein.";
            }
            else if (plan.Sum() <= 0m)
            {
                problems["Plan"] = "Der Monatsplan braucht mindestens einen Wert über 0.";
            }
        }
        else if (profile.Phasing != TargetPhasing.Plan && plan.Count > 0)
        {
            problems["Plan"] = "Ein Monatsplan gehört zur Phasierung „Plan“.";
        }

        return problems;
    }
}
