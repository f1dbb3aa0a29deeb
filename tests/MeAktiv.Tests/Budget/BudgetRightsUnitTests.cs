using MeAktiv.Core.Features.Budget;
using MeAktiv.Core.Security;

namespace MeAktiv.Tests.Budget;

/// <summary>The staff of a Bereich: a Bereichsleitung reads the units it may change (its Bereich), no others, and no money.</summary>
public sealed class BudgetRightsUnitTests
{
    private static UserScope Scope(string role, params int[] editable) =>
        new("x@me-aktiv.example", new HashSet<string> { role }, new HashSet<int> { 1, 2, 3, 4 }, editable.ToHashSet());

    [Fact]
    public void A_bereichsleitung_reads_the_staff_of_its_bereich_only_and_no_money()
    {
        var bl = Scope(Roles.Bereichsleitung, 1, 2);
        BudgetRights.CanReadStaffOf(bl, 2).ShouldBeTrue();
        BudgetRights.CanReadStaffOf(bl, 3).ShouldBeFalse();
        BudgetRights.CanReadTotals(bl).ShouldBeFalse();
    }

    [Fact]
    public void Only_finanzen_enters_only_the_geschaeftsfuehrung_closes_the_traeger_read_totals()
    {
        BudgetRights.CanEnter(Scope(Roles.Finanzen)).ShouldBeTrue();
        BudgetRights.CanEnter(Scope(Roles.Geschaeftsfuehrung)).ShouldBeFalse();
        BudgetRights.CanClose(Scope(Roles.Geschaeftsfuehrung)).ShouldBeTrue();
        BudgetRights.CanClose(Scope(Roles.Finanzen)).ShouldBeFalse();
        BudgetRights.CanReadTotals(Scope(Roles.Traeger)).ShouldBeTrue();
        BudgetRights.CanReadLines(Scope(Roles.Traeger)).ShouldBeFalse();
        BudgetRights.CanReadTotals(Scope(Roles.Teamleitung, 1)).ShouldBeFalse();
        BudgetRights.CanReadStaff(Scope(Roles.Teamleitung, 1)).ShouldBeFalse();
        Roles.DisplayName(Roles.Finanzen).ShouldBe("Finanzen (Controlling)");
    }
}
