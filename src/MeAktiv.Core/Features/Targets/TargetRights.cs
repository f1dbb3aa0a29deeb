using MeAktiv.Core.Domain;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Targets;

/// <summary>
/// Who may set a target version (domain.md section 6): the Geschäftsführung any; the Bereichsleitung a
/// Planungsangebot for a unit of its Bereich while the target is not agreed; Administration, Träger and Teamleitung
/// only read. And which status may follow which: Planungsangebot → vorläufig → endgültig; an agreed (vorläufig, final
/// or adjusted) target is never set back to a Planungsangebot, a final one only changes as "angepasst" with a reason.
/// </summary>
public static class TargetRights
{
    public const string ForbiddenText =
        "Ziele pflegt die Geschäftsführung; die Bereichsleitung kann für ihren Bereich ein Planungsangebot machen.";

    public static bool CanMaintain(UserScope scope) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Bereichsleitung);

    public static bool MayOnlyPropose(UserScope scope) => !scope.IsInRole(Roles.Geschaeftsfuehrung);

    /// <summary>Null if the user may set <paramref name="status"/> at the unit; else the German reason.</summary>
    public static string? Refusal(UserScope scope, int unitId, TargetStatus status, TargetStatus? current)
    {
        if (scope.IsInRole(Roles.Geschaeftsfuehrung))
        {
            return null;
        }

        if (!scope.IsInRole(Roles.Bereichsleitung) || !scope.CanEditFigures(unitId))
        {
            return ForbiddenText;
        }

        return status == TargetStatus.Planungsangebot && current is null or TargetStatus.Planungsangebot
            ? null
            : "Die Bereichsleitung kann nur ein Planungsangebot machen, solange das Ziel nicht vereinbart ist.";
    }

    /// <summary>Null if <paramref name="next"/> may follow <paramref name="current"/>; else the German reason.</summary>
    public static string? StatusProblem(TargetStatus? current, TargetStatus next) => (current, next) switch
    {
        (null or TargetStatus.Planungsangebot, TargetStatus.Angepasst) =>
            "Angepasst werden kann nur ein vereinbartes Ziel (vorläufig oder endgültig).",
        (TargetStatus.Vorlaeufig or TargetStatus.Final or TargetStatus.Angepasst, TargetStatus.Planungsangebot) =>
            "Ein vereinbartes Ziel wird nicht wieder zum Planungsangebot.",
        (TargetStatus.Final or TargetStatus.Angepasst, TargetStatus.Vorlaeufig or TargetStatus.Final) =>
            "Ein endgültiges Ziel kann nur noch angepasst werden (Status „angepasst“ mit Begründung).",
        _ => null,
    };
}
