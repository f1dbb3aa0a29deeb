using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>Where the target a unit is held to comes from.</summary>
public enum TargetOrigin
{
    /// <summary>The unit's own target.</summary>
    Own,

    /// <summary>A rate or change kind: the nearest unit above with a target, the same value.</summary>
    SameRate,

    /// <summary>A level kind (year-to-date sum, annual average): the holder's target split by last year's level.</summary>
    ShareByLastYear,

    /// <summary>A level kind whose holder's target cannot be split (no value of last year, or no value agreed yet).</summary>
    NotSplittable,
}

/// <summary>
/// The target a unit is held to in a month: the annual value, the version it comes from, its holder, and the version's
/// period and phasing (<see cref="Profile"/>; the engine phases with it).
/// </summary>
public sealed record HeldTarget(decimal? Annual, TargetVersion Version, int HolderId, string HolderCode, string HolderName, TargetOrigin Origin,
    TargetProfile Profile)
{
    public bool IsOwn => Origin == TargetOrigin.Own;

    /// <summary>German wording of a borrowed target for pages and exports (null for the unit's own target).</summary>
    public string? Source => Origin switch
    {
        TargetOrigin.SameRate => $"Ziel von {HolderName}",
        TargetOrigin.ShareByLastYear => $"Anteil am Ziel von {HolderName} nach dem Vorjahr",
        TargetOrigin.NotSplittable => $"Ziel von {HolderName} nicht aufteilbar (kein Vorjahreswert)",
        _ => null,
    };
}

/// <summary>
/// THE rule for the target a unit is held to (docs/kennzahlen.md, "Welches Ziel gilt für eine Einheit"), used by every
/// view: its own target of the year (or of an earlier year whose period reaches into it: the ESF target 04/2015–12/2017);
/// else the nearest unit above it with a target of the indicator: for rate and change
/// kinds the same value (21,40 % holds for every Geschäftsstelle), for level kinds (year-to-date sums, annual averages)
/// a share of the holder's target by the unit's level of the same months last year (Jan..month). None when no unit
/// above has a target, and none from above for an indicator that is not entered at or below the unit (a team is not
/// held to ALQ U25, which only the Jobcenter reports).
/// </summary>
public static class TargetRule
{
    /// <summary>Rate kinds hold every unit against the same rate; level kinds split a level target by size.</summary>
    public static bool IsRateKind(FormulaKind formula) => formula is not (FormulaKind.AnnualAverage or FormulaKind.YearToDateSum);

    public static HeldTarget? Of(OrganisationData data, Indicator indicator, int unitId, int year, int month)
    {
        foreach (var id in data.Tree.AncestorsOf(unitId).Prepend(unitId))
        {
            if (data.TargetCovering(indicator, id, year) is not { Current: { } version } target || data.Unit(id) is not { } holder)
            {
                continue;
            }

            var profile = TargetProfile.Of(target.Year, version);
            if (id == unitId)
            {
                return new HeldTarget(version.Value, version, id, holder.Code, holder.Name, TargetOrigin.Own, profile);
            }

            if (!data.IsEnteredWithin(indicator, unitId))
            {
                return null;
            }

            if (IsRateKind(indicator.Formula))
            {
                return new HeldTarget(version.Value, version, id, holder.Code, holder.Name, TargetOrigin.SameRate, profile);
            }

            var valueComponent = data.DefinitionOf(indicator).ValueComponent;
            var own = LastYearLevel(data.Series(indicator, unitId), valueComponent, year, month);
            var whole = LastYearLevel(data.Series(indicator, id), valueComponent, year, month);
            return version.Value is { } value && own > 0m && whole > 0m
                ? new HeldTarget(value * own / whole, version, id, holder.Code, holder.Name, TargetOrigin.ShareByLastYear, profile)
                : new HeldTarget(null, version, id, holder.Code, holder.Name, TargetOrigin.NotSplittable, profile);
        }

        return null;
    }

    /// <summary>The sum of a component over January..<paramref name="month"/> of the year before <paramref name="year"/>.</summary>
    public static decimal LastYearLevel(ComponentSeries series, string? component, int year, int month)
    {
        if (component is null)
        {
            return 0m;
        }

        var sum = 0m;
        for (var m = 1; m <= month; m++)
        {
            sum += series.Get(component, year - 1, m) ?? 0m;
        }

        return sum;
    }
}
