using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Tests.Figures;

/// <summary>Whether the comments given with a submit cover the month's deviations (<see cref="DeviationComments"/>).</summary>
public sealed class DeviationCommentsTests
{
    private static readonly Deviation K2 = new("T-A", "Team A", "K2", "Integrationsquote", IndicatorUnit.Prozent, 16.5m, 21.4m, TrafficLight.Red, null);
    private static readonly Deviation Eq = K2 with { Indicator = "EQ", IndicatorName = "Eintrittsquote" };

    [Fact]
    public void Every_uncommented_deviation_needs_a_comment_and_a_blank_text_is_none()
    {
        var (refusal, accepted) = DeviationComments.Check([K2, Eq], [new("k2", " Zwei Stellen unbesetzt "), new("EQ", "  ")], DeviationLevel.Red);
        refusal!.Failure.ShouldBe(WorkflowFailure.CommentsRequired);
        refusal.Message.ShouldBe("Bitte zu jedem Ziel, das rot ist, einen Kommentar angeben: EQ.");
        refusal.Deviations!.ShouldHaveSingleItem().Indicator.ShouldBe("EQ");
        accepted.ShouldBeEmpty();
    }

    [Fact]
    public void A_deviation_commented_before_needs_none_and_the_others_are_accepted_trimmed()
    {
        var (refusal, accepted) = DeviationComments.Check([K2 with { Comment = "schon da" }, Eq], [new("eq", " Maßnahme läuft ")], DeviationLevel.Red);
        refusal.ShouldBeNull();
        accepted.ShouldBe([("EQ", "Maßnahme läuft")]);
        DeviationComments.Check([], [], DeviationLevel.Red).Refusal.ShouldBeNull();
    }

    [Fact]
    public void A_comment_on_an_indicator_that_is_not_off_track_is_taken_along()
    {
        var (refusal, accepted) = DeviationComments.Check([K2], [new("K2", "a"), new("bz", "Bescheide liegen gut")], DeviationLevel.Red);
        refusal.ShouldBeNull();
        accepted.ShouldBe([("K2", "a"), ("BZ", "Bescheide liegen gut")]);
    }

    [Fact]
    public void A_comment_that_does_not_fit_is_refused_with_a_German_message()
    {
        DeviationComments.Check([K2], [new("K2", "a"), new("k2", "b")], DeviationLevel.Red).Refusal!.Message
            .ShouldBe("Zur Kennzahl 'K2' bitte nur einen Kommentar angeben.");
        DeviationComments.Check([K2], [new("K2", new string('x', 4001))], DeviationLevel.Red).Refusal!.Message
            .ShouldBe("Der Kommentar zu 'K2' darf höchstens 4.000 Zeichen lang sein.");
        DeviationComments.Check([K2], [null!, new(null, "ohne Kennzahl")], DeviationLevel.Red).Refusal!.Message
            .ShouldBe("Bitte zu jedem Kommentar die Kennzahl angeben (\"indicator\", z. B. \"K2\").");
    }
}
