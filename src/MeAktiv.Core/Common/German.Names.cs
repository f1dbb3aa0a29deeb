using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Common;

/// <summary>German names of the domain's enums, as pages and exports show them.</summary>
public static partial class German
{
    /// <summary><c>Bereich</c>, <c>Geschäftsstelle</c>, <c>Team</c>, <c>Jobcenter</c>.</summary>
    public static string KindName(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Bereich => "Bereich",
        OrgUnitKind.Geschaeftsstelle => "Geschäftsstelle",
        OrgUnitKind.Team => "Team",
        _ => "Jobcenter",
    };

    /// <summary><c>Bereiche</c>, <c>Geschäftsstellen</c>, <c>Teams</c>, <c>Jobcenter</c>.</summary>
    public static string KindPlural(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Bereich => "Bereiche",
        OrgUnitKind.Geschaeftsstelle => "Geschäftsstellen",
        OrgUnitKind.Team => "Teams",
        _ => "Jobcenter",
    };

    /// <summary><c>Zähler</c>, <c>Nenner</c>, <c>Wert</c>.</summary>
    public static string RoleName(ComponentRole role) => role switch
    {
        ComponentRole.Numerator => "Zähler",
        ComponentRole.Denominator => "Nenner",
        _ => "Wert",
    };
}
