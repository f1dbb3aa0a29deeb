using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Privacy;

/// <summary>Settings of section <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Counts from 1 up to one less than this are not shown to the Träger (default 3: 1 and 2 are hidden; 0 or 1 switch it off).</summary>
    public int MinCellSize { get; set; } = 3;
}

/// <summary>
/// Statistical confidentiality for the Träger: a count (indicator unit Anzahl) greater than 0 and below
/// <see cref="PrivacyOptions.MinCellSize"/> is not shown to an account whose only role is Träger — views show
/// <c>&lt; n</c>, the API sends <c>null</c> with <c>"suppressed": true</c>. Everything computed from such a count
/// (variance, ratio, forecast, required per month) is hidden with it. Rates and averages are not masked.
/// The decision per caller is <see cref="Disclosure"/> (<see cref="For"/>); the helpers below apply it.
/// </summary>
public sealed class SmallCellRule(IOptionsMonitor<PrivacyOptions> options)
{
    public int MinCellSize => options.CurrentValue.MinCellSize;

    /// <summary>What views and exports show instead of a hidden small count: "&lt; 3" for a limit of 3.</summary>
    public static string Text(int hiddenBelow) => $"< {hiddenBelow}";

    /// <summary>What this caller may see of units and counts: the one decision every read path asks.</summary>
    public Disclosure For(UserScope scope)
    {
        var min = MinCellSize;
        return new Disclosure(scope, min, min > 1 && HidesCountsFrom(scope));
    }

    /// <summary>The rule applies to the Träger role (not when the account also has a role that sees the figures anyway).</summary>
    private static bool HidesCountsFrom(UserScope scope) =>
        scope.IsInRole(Roles.Traeger)
        && !scope.IsInRole(Roles.Geschaeftsfuehrung) && !scope.IsInRole(Roles.Bereichsleitung) && !scope.IsInRole(Roles.Administration);

    public bool AppliesTo(UserScope scope) => For(scope).HidesSmallCounts;

    /// <summary>The result with a small actual (and all derived from it) or a small forecast removed; whether anything was.</summary>
    public (AttainmentResult Result, bool Suppressed) Mask(UserScope scope, AttainmentResult result, IndicatorUnit unit) =>
        Mask(For(scope), result, unit);

    /// <summary>The result with a small actual (and all derived from it) or a small forecast removed; whether anything was.</summary>
    public static (AttainmentResult Result, bool Suppressed) Mask(Disclosure caller, AttainmentResult result, IndicatorUnit unit)
    {
        if (!caller.HidesSmallCounts)
        {
            return (result, false);
        }

        var masked = result;
        if (caller.IsSmall(result.Actual, unit))
        {
            masked = masked with { Actual = null, Variance = null, RelativeVariance = null, Ratio = null, Forecast = null, RequiredPerMonth = null };
        }

        if (caller.IsSmall(masked.Forecast, unit))
        {
            masked = masked with { Forecast = null };
        }

        return (masked, !ReferenceEquals(masked, result));
    }

    /// <summary>A series point with small values removed; whether anything was.</summary>
    public (decimal? Value, decimal? Rolling12, bool Suppressed) Mask(UserScope scope, decimal? value, decimal? rolling12, IndicatorUnit unit)
    {
        var caller = For(scope);
        var hideValue = caller.Hides(value, unit);
        var hideRolling = caller.Hides(rolling12, unit);
        return (hideValue ? null : value, hideRolling ? null : rolling12, hideValue || hideRolling);
    }
}
