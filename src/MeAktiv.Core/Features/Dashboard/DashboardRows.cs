using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>A unit with its place in the tree and its validity.</summary>
public sealed record DashboardUnit(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public UnitRef Ref => new(Code, Name, Kind, ValidTo);

    /// <summary>True when the unit exists on at least one day of January to <paramref name="month"/>.</summary>
    public bool ExistsUpTo(int year, int month) => Enumerable.Range(1, month).Any(m => ExistsIn(year, m));

    /// <summary>True when the unit exists on at least one day of the month.</summary>
    public bool ExistsIn(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return ValidFrom <= first.AddMonths(1).AddDays(-1) && (ValidTo is null || first <= ValidTo);
    }
}
