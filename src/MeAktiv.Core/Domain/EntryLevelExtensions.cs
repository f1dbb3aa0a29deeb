namespace MeAktiv.Core.Domain;

public static class EntryLevelExtensions
{
    /// <summary>The entry level that corresponds to a unit's kind.</summary>
    public static EntryLevels ToEntryLevel(this OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Jobcenter => EntryLevels.Jobcenter,
        OrgUnitKind.Bereich => EntryLevels.Bereich,
        OrgUnitKind.Geschaeftsstelle => EntryLevels.Geschaeftsstelle,
        _ => EntryLevels.Team,
    };

    /// <summary>Whether the indicator's components are entered at the unit's level.</summary>
    public static bool IsEnteredAt(this Indicator indicator, OrgUnit unit) => indicator.EntryLevels.HasFlag(unit.Kind.ToEntryLevel());
}
