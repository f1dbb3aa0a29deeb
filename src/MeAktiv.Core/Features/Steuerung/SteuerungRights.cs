using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// Who may do what in the review process (domain.md section 6). Decisions: the Bereichsleitung and the
/// Geschäftsführung run meetings and create measures for every unit they see (the review spans areas: the
/// Zielnachhaltedialog is at Jobcenter level); a measure's owner is a user, and a Teamleitung changes only the
/// measures assigned to it (status, follow-ups), not their content; comments: Geschäftsführung and Bereichsleitung
/// for every unit, a Teamleitung for its own teams; Träger and Administration read only.
/// </summary>
public static class SteuerungRights
{
    public static bool IsLead(UserScope scope) =>
        scope.IsInRole(Roles.Bereichsleitung) || scope.IsInRole(Roles.Geschaeftsfuehrung);

    public static bool CanManageMeetings(UserScope scope) => IsLead(scope);

    public static bool CanCreateMeasure(UserScope scope, int unitId) => IsLead(scope) && scope.CanSee(unitId);

    /// <summary>May change title, description, indicators, owner and dates.</summary>
    public static bool CanEditMeasure(UserScope scope, Measure measure) => IsLead(scope) && scope.CanSee(measure.OrgUnitId);

    /// <summary>May change the status and add follow-up entries: the leads, and the owner.</summary>
    public static bool CanFollowUp(UserScope scope, Measure measure) =>
        CanEditMeasure(scope, measure) ||
        (scope.IsInRole(Roles.Teamleitung) && string.Equals(measure.Owner, scope.UserName, StringComparison.OrdinalIgnoreCase));

    public static bool CanReopen(UserScope scope) => IsLead(scope);

    public static bool CanComment(UserScope scope, int unitId) =>
        (IsLead(scope) && scope.CanSee(unitId)) || (scope.IsInRole(Roles.Teamleitung) && scope.CanEditFigures(unitId));
}
