using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Privacy;

/// <summary>
/// What one caller may see of a unit and of a count: the one rule every read path asks (docs/security.md, "What a
/// caller sees"). A unit: <see cref="UserScope.CanSee"/> (role and assigned units); a measure, meeting, agenda item or
/// missing month is shown only when its unit is. A count: for an account whose only role is Träger, a count greater
/// than 0 and below <see cref="PrivacyOptions.MinCellSize"/> is hidden (<see cref="HiddenBelow"/> is then the limit),
/// with everything computed from it. Built by <see cref="SmallCellRule.For"/>; decided at read time, for the caller
/// who reads, never for the one who created the data.
/// </summary>
public sealed class Disclosure
{
    private readonly int _minCellSize;

    internal Disclosure(UserScope scope, int minCellSize, bool hidesSmallCounts)
    {
        Scope = scope;
        _minCellSize = minCellSize;
        HiddenBelow = hidesSmallCounts ? minCellSize : null;
    }

    public UserScope Scope { get; }

    /// <summary>The limit n when counts 1..n−1 are hidden from this caller; null when the caller sees every count.</summary>
    public int? HiddenBelow { get; }

    public bool HidesSmallCounts => HiddenBelow is not null;

    /// <summary>May the caller see this unit, and so anything that belongs to it (figures, names, measures, meetings)?</summary>
    public bool CanSee(int unitId) => Scope.CanSee(unitId);

    /// <summary>A small count, whoever reads it (an indicator of unit Anzahl, 0 &lt; |value| &lt; n).</summary>
    public bool IsSmall(decimal? value, IndicatorUnit unit) =>
        unit == IndicatorUnit.Anzahl && value is { } v && Math.Abs(v) > 0 && Math.Abs(v) < _minCellSize;

    /// <summary>A raw component's value is a count of people when it counts or holds a stock (not amounts, hours or rates).</summary>
    public bool IsSmall(decimal? value, ComponentKind kind) =>
        kind is ComponentKind.Count or ComponentKind.Stock && IsSmall(value, IndicatorUnit.Anzahl);

    /// <summary>This caller may not see the value.</summary>
    public bool Hides(decimal? value, IndicatorUnit unit) => HidesSmallCounts && IsSmall(value, unit);

    /// <summary>This caller may not see the raw component value.</summary>
    public bool Hides(decimal? value, ComponentKind kind) => HidesSmallCounts && IsSmall(value, kind);

    /// <summary>The value, or null when this caller may not see it.</summary>
    public decimal? Show(decimal? value, IndicatorUnit unit) => Hides(value, unit) ? null : value;

    /// <summary>The raw component value, or null when this caller may not see it.</summary>
    public decimal? Show(decimal? value, ComponentKind kind) => Hides(value, kind) ? null : value;
}
