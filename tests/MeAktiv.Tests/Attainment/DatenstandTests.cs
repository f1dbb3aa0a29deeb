using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;

namespace MeAktiv.Tests.Attainment;

/// <summary>The Datenstand rule by hand (<see cref="DatenstandTestData"/>; docs/kennzahlen.md, "Datenstand").</summary>
public sealed class DatenstandTests
{
    private static readonly Datenstand Stand = DatenstandTestData.Build();

    private static MonthCoverage Jc(int month) => Stand.CoverageOf(1, new YearMonth(2015, month));

    [Fact]
    public void A_unit_owes_figures_only_in_the_months_of_its_duties_and_while_it_exists()
    {
        Stand.Owes(4, new YearMonth(2015, 1)).ShouldBeFalse();              // T-B from February
        Stand.Owes(4, new YearMonth(2015, 2)).ShouldBeTrue();
        Stand.Owes(5, new YearMonth(2015, 3)).ShouldBeTrue();               // T-C until it closes
        Stand.Owes(5, new YearMonth(2015, 4)).ShouldBeFalse();              // duty without end, unit closed 31.03.
        Stand.Owes(1, new YearMonth(2015, 5)).ShouldBeFalse();              // JC's U25 duty ended in April
        Stand.Owes(6, new YearMonth(2015, 3)).ShouldBeFalse();              // T-N reports nothing
        Stand.Owes(2, new YearMonth(2015, 3)).ShouldBeFalse();              // the site owes nothing itself
        Stand.DutiesOf(3, new YearMonth(2013, 12)).ShouldHaveSingleItem().ComponentId.ShouldBe(2); // ELB alone
    }

    [Fact]
    public void A_month_is_complete_when_every_unit_that_owes_figures_has_submitted_and_closed_when_all_closed()
    {
        // January: JC, T-A, T-C owe (T-B not yet) and all three closed.
        Jc(1).Coverage.ShouldBe(new Coverage(Expected: 3, Submitted: 3, Closed: 3));
        Jc(1).Coverage.IsClosed.ShouldBeTrue();
        // February: JC, T-A, T-B, T-C submitted, none closed.
        Jc(2).Coverage.ShouldBe(new Coverage(4, 4, 0));
        Jc(2).IsComplete.ShouldBeTrue();
        Jc(2).Coverage.IsClosed.ShouldBeFalse();
        // March: T-B has not submitted; T-N's submission does not count (it owes nothing); T-C closed.
        Jc(3).Coverage.ShouldBe(new Coverage(4, 3, 1));
        Jc(3).IsComplete.ShouldBeFalse();
        Jc(3).Missing.ShouldBe([new MissingUnit("T-B", "Einheit T-B")]);
        // April: T-C is gone; JC, T-A, T-B submitted (T-A closed).
        Jc(4).Coverage.ShouldBe(new Coverage(3, 3, 1));
        // May: only the two teams owe.
        Jc(5).Coverage.ShouldBe(new Coverage(2, 2, 0));
        // June: T-A reopened (Entwurf row), T-B nothing: both missing, in code order.
        Jc(6).Coverage.ShouldBe(new Coverage(2, 0, 0));
        Jc(6).Missing.Select(m => m.Code).ShouldBe(["T-A", "T-B"]);
    }

    [Fact]
    public void Coverage_of_a_unit_counts_the_units_at_or_below_it()
    {
        Stand.CoverageOf(2, new YearMonth(2015, 1)).Coverage.ShouldBe(new Coverage(2, 2, 2));   // T-A, T-C
        Stand.CoverageOf(3, new YearMonth(2015, 3)).Coverage.ShouldBe(new Coverage(1, 1, 0));   // T-A itself
        var nothingOwed = Stand.CoverageOf(6, new YearMonth(2015, 3));
        nothingOwed.Coverage.ShouldBe(new Coverage(0, 0, 0));
        nothingOwed.IsComplete.ShouldBeFalse("a month nobody owes is neither complete nor late");
        Stand.LatestCompleteMonth(6, 2015).ShouldBeNull();
    }

    [Fact]
    public void The_latest_complete_month_is_the_default_month_for_everyone()
    {
        Stand.LatestCompleteMonth(1, 2015).ShouldBe(5);                     // March incomplete does not block May
        Stand.LatestCompleteMonth().ShouldBe(new YearMonth(2015, 5));
        Stand.LatestCompleteMonth(3, 2015).ShouldBe(5);                     // T-A: June reopened
        Stand.DefaultMonth(2015, latestMonthWithFigures: 6).ShouldBe(5);
        Stand.DefaultMonth(2016, latestMonthWithFigures: 3).ShouldBe(3);    // nothing complete yet: latest with figures
        Stand.DefaultMonth(2016, latestMonthWithFigures: null).ShouldBe(1);
        Stand.LatestSubmittedMonth().ShouldBe(new YearMonth(2015, 6));      // T-N submitted June (it owes nothing)
    }

    [Fact]
    public void Only_submitted_or_closed_months_count()
    {
        Stand.Counts(3, new YearMonth(2015, 5)).ShouldBeTrue();
        Stand.Counts(5, new YearMonth(2015, 3)).ShouldBeTrue();             // closed
        Stand.Counts(3, new YearMonth(2015, 6)).ShouldBeFalse();            // reopened: Entwurf row
        Stand.Counts(4, new YearMonth(2015, 3)).ShouldBeFalse();            // no row: Entwurf
    }
}
