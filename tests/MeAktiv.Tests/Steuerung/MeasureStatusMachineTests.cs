using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;

namespace MeAktiv.Tests.Steuerung;

/// <summary>Every pair of states: which steps the machine allows, and that every refusal is a German sentence.</summary>
public sealed class MeasureStatusMachineTests
{
    [Theory]
    [InlineData(MeasureStatus.Offen, MeasureStatus.InUmsetzung)]
    [InlineData(MeasureStatus.InUmsetzung, MeasureStatus.Erledigt)]
    [InlineData(MeasureStatus.Offen, MeasureStatus.Verworfen)]
    [InlineData(MeasureStatus.InUmsetzung, MeasureStatus.Verworfen)]
    [InlineData(MeasureStatus.Erledigt, MeasureStatus.InUmsetzung)]
    [InlineData(MeasureStatus.Verworfen, MeasureStatus.Offen)]
    public void Allowed_steps_with_a_reason_by_a_lead(MeasureStatus from, MeasureStatus to) =>
        MeasureStatusMachine.Refusal(from, to, mayReopen: true, reason: "Begründung").ShouldBeNull();

    [Fact]
    public void Every_other_pair_is_refused_with_a_German_message()
    {
        var allowed = new HashSet<(MeasureStatus, MeasureStatus)>
        {
            (MeasureStatus.Offen, MeasureStatus.InUmsetzung), (MeasureStatus.InUmsetzung, MeasureStatus.Erledigt),
            (MeasureStatus.Offen, MeasureStatus.Verworfen), (MeasureStatus.InUmsetzung, MeasureStatus.Verworfen),
            (MeasureStatus.Erledigt, MeasureStatus.InUmsetzung), (MeasureStatus.Verworfen, MeasureStatus.Offen),
        };
        foreach (var from in Enum.GetValues<MeasureStatus>())
        {
            foreach (var to in Enum.GetValues<MeasureStatus>().Where(to => !allowed.Contains((from, to))))
            {
                var refusal = MeasureStatusMachine.Refusal(from, to, mayReopen: true, reason: "Begründung");
                refusal.ShouldNotBeNull($"{from} → {to}");
                refusal.ShouldContain("Maßnahme");
            }
        }
    }

    [Fact]
    public void Reopening_needs_a_lead_and_a_reason_and_dropping_needs_a_reason()
    {
        MeasureStatusMachine.Refusal(MeasureStatus.Erledigt, MeasureStatus.InUmsetzung, mayReopen: false, "Grund")!
            .ShouldContain("Nur die Bereichsleitung oder die Geschäftsführung");
        MeasureStatusMachine.Refusal(MeasureStatus.Erledigt, MeasureStatus.InUmsetzung, mayReopen: true, " ")!.ShouldContain("Grund");
        MeasureStatusMachine.Refusal(MeasureStatus.Offen, MeasureStatus.Verworfen, mayReopen: true, null)!.ShouldContain("begründen");
        MeasureStatusMachine.Refusal(MeasureStatus.Offen, MeasureStatus.Erledigt, mayReopen: true, "x")!.ShouldContain("erst in Umsetzung");
    }

    [Fact]
    public void Next_steps_offer_reopening_only_to_leads()
    {
        MeasureStatusMachine.NextSteps(MeasureStatus.Erledigt, mayReopen: false).ShouldBeEmpty();
        MeasureStatusMachine.NextSteps(MeasureStatus.Erledigt, mayReopen: true).ShouldBe([MeasureStatus.InUmsetzung]);
        MeasureStatusMachine.NextSteps(MeasureStatus.Offen, mayReopen: false).ShouldBe([MeasureStatus.InUmsetzung, MeasureStatus.Verworfen]);
    }
}
