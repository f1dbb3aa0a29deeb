using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Who sees and does what with money and staff (issue 21, docs/security.md): Finanzen enters, imports and submits;
/// the Geschäftsführung closes, reopens and sees all; Administration reads like the Geschäftsführung; the Träger read the
/// totals of the budgets (no lines); the Bereichsleitung sees the staff of its Bereich and no money; the Teamleitung
/// sees nothing of money or staff.
/// </summary>
public static class BudgetRights
{
    public const string ForbiddenText = "Haushalt und Personal sehen die Geschäftsführung, Finanzen (Controlling), die Administration und – nur die Summen – die Träger.";

    public const string EnterText = "Mittelbindung, Ausgaben und Personal erfasst und reicht Finanzen (Controlling) ein.";

    public const string CloseText = "Einen Finanzmonat schließt die Geschäftsführung ab oder öffnet ihn wieder.";

    public const string StaffText = "Das Personal sehen die Geschäftsführung, Finanzen, die Administration und die Bereichsleitung für ihren Bereich.";

    /// <summary>Reads the budget lines and their months.</summary>
    public static bool CanReadLines(UserScope scope) =>
        scope.IsInRole(Roles.Geschaeftsfuehrung) || scope.IsInRole(Roles.Finanzen) || scope.IsInRole(Roles.Administration);

    /// <summary>Reads the totals of the budgets (the Träger: totals only).</summary>
    public static bool CanReadTotals(UserScope scope) => CanReadLines(scope) || scope.IsInRole(Roles.Traeger);

    public static bool CanEnter(UserScope scope) => scope.IsInRole(Roles.Finanzen);

    public static bool CanClose(UserScope scope) => scope.IsInRole(Roles.Geschaeftsfuehrung);

    /// <summary>Reads staff at all (the page and the API).</summary>
    public static bool CanReadStaff(UserScope scope) => CanReadLines(scope) || scope.IsInRole(Roles.Bereichsleitung);

    /// <summary>Reads the staff of this unit: the Bereichsleitung only those of its Bereich.</summary>
    public static bool CanReadStaffOf(UserScope scope, int unitId) =>
        CanReadLines(scope) || (scope.IsInRole(Roles.Bereichsleitung) && scope.CanEditFigures(unitId));

    /// <summary>Sees months still in Entwurf: only Finanzen, who enters them; everyone above sees submitted months.</summary>
    public static bool SeesDrafts(UserScope scope) => CanEnter(scope);
}
