using FluentValidation;
using MeAktiv.Core.Features.Figures;
using static MeAktiv.Tests.Figures.PlausibilityData;

namespace MeAktiv.Tests.Figures;

/// <summary>
/// The soft plausibility rules: jumps against last month or the same month last year (levels by 1,5, flows by 3, only
/// from a minimum size on), a value above 10 times the largest of the last 12 months; confirmed with a reason they
/// become <see cref="Severity.Info"/>.
/// </summary>
public sealed class SoftFindingTests
{
    [Fact]
    public void A_stock_jump_against_last_month_asks_for_a_confirmation_with_a_reason()
    {
        var failure = Validate(Input("K2", "ELB", 6, 3100), [(21, 2015, 5, 2000)]).ShouldHaveSingleItem();

        failure.ErrorCode.ShouldBe(FigureFindings.JumpFromPreviousMonth);
        failure.Severity.ShouldBe(Severity.Warning);
        failure.ErrorMessage.ShouldBe("Der Wert ändert sich gegenüber dem Vormonat (2.000) auf 3.100, also um mehr als den Faktor 1,5. " +
                                      "Bitte prüfen und mit Begründung bestätigen.");
        FigureFindings.IsSoft(failure.ErrorCode).ShouldBeTrue();
    }

    [Theory]
    [InlineData(21, 2000, 2999, false)] // stock within 1,5
    [InlineData(21, 2000, 1333, true)] // stock falls below 2.000 / 1,5
    [InlineData(21, 60, 95, false)] // stock below the minimum of 100
    [InlineData(20, 30, 89, false)] // count within 3
    [InlineData(20, 30, 91, true)]
    [InlineData(20, 5, 19, false)] // tiny counts never ask
    [InlineData(20, 0, 25, true)] // from nothing to 25 (and far above the last 12 months, too)
    [InlineData(30, 10_000, 31_000, true)] // EUR: a flow
    [InlineData(30, 1_000, 9_999, false)] // EUR below 10.000
    public void A_jump_counts_beyond_the_factor_of_its_kind_and_from_a_minimum_size_on(int component, int before, int value, bool asks)
    {
        var (indicator, code) = (Component(component).Indicator!.Code, Component(component).Code);

        var failures = Validate(Input(indicator, code, 6, value), [(component, 2015, 5, before)]);

        failures.Any(f => f is { ErrorCode: FigureFindings.JumpFromPreviousMonth, Severity: Severity.Warning }).ShouldBe(asks);
    }

    [Fact]
    public void A_jump_against_the_same_month_last_year_asks_too()
    {
        var failure = Validate(Input("K2", "ELB", 6, 1600), [(21, 2014, 6, 1000)]).ShouldHaveSingleItem();

        failure.ErrorCode.ShouldBe(FigureFindings.JumpFromLastYear);
        failure.ErrorMessage.ShouldStartWith("Der Wert ändert sich gegenüber dem Vorjahresmonat 06/2014 (1.000) auf 1.600");
    }

    [Fact]
    public void A_value_far_above_the_last_12_months_asks()
    {
        // Integrationen 10 a month from 2014-07 to 2015-04; neither 2015-05 nor 2014-06 entered.
        var history = Enumerable.Range(7, 10).Select(m => (20, 2014 + (m - 1) / 12, (m - 1) % 12 + 1, 10m));

        var failure = Validate(Input("K2", "INT", 6, 101), history).ShouldHaveSingleItem();

        failure.ErrorCode.ShouldBe(FigureFindings.AboveHistory);
        failure.ErrorMessage.ShouldStartWith("Der Wert 101 ist mehr als 10-mal so groß wie der größte Wert der letzten 12 Monate (10).");
        Validate(Input("K2", "INT", 6, 100), history).ShouldBeEmpty();
    }

    [Fact]
    public void The_reported_case_of_999_999_999_999_integrations_is_refused_as_above_the_bound_not_asked() =>
        Validate(Input("K2", "INT", 6, 999_999_999_999), Flat(20, 30, 5)).Codes().ShouldBe([(FigureFindings.AboveLimit, Severity.Error)]);

    [Fact]
    public void A_steady_series_asks_nothing() =>
        Validate(Input("K2", "ELB", 6, 2050), Flat(21, 2000, 5)).ShouldBeEmpty();

    [Fact]
    public void Confirmed_with_a_reason_every_soft_finding_is_information_only()
    {
        var failures = Validate(Input("K2", "ELB", 6, 30_000, confirm: true, reason: "Zusammenlegung mit Erkrath"), Flat(21, 2000, 5));

        failures.Codes().ShouldBe([
            (FigureFindings.JumpFromPreviousMonth, Severity.Info),
            (FigureFindings.JumpFromLastYear, Severity.Info),
            (FigureFindings.AboveHistory, Severity.Info),
        ]);
        failures.ShouldAllBe(f => !f.ErrorMessage.Contains("bestätigen"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("ok")]
    public void A_confirmation_without_a_reason_of_five_characters_confirms_nothing(string? reason)
    {
        var failure = Validate(Input("K2", "ELB", 6, 3100, confirm: true, reason: reason), [(21, 2015, 5, 2000)]).ShouldHaveSingleItem();

        failure.Severity.ShouldBe(Severity.Warning);
        failure.ErrorMessage.ShouldEndWith("Zum Bestätigen fehlt die Begründung (mindestens 5 Zeichen).");
    }

    [Fact]
    public void A_reason_longer_than_500_characters_is_refused() =>
        Validate(Input("K2", "ELB", 6, 2000, confirm: true, reason: new string('x', 501)), [])
            .ShouldHaveSingleItem().PropertyName.ShouldBe("Grund");

    [Fact]
    public void The_audit_reason_names_the_confirmed_findings_and_the_users_reason() =>
        FigureFindings.AuditReason([FigureFindings.JumpFromPreviousMonth, FigureFindings.AboveHistory, FigureFindings.JumpFromPreviousMonth],
                " Zusammenlegung mit Erkrath ")
            .ShouldBe("Plausibilität bestätigt (Sprung zum Vormonat, weit über den letzten 12 Monaten): Zusammenlegung mit Erkrath");
}
