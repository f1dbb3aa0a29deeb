using Bunit;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.Components.Shared;

/// <summary>The Träger's quarter picker offers only complete quarters (issue 16: the Träger's views reach only complete
/// months); without a limit every quarter is offered.</summary>
public sealed class PeriodSelectTests : MudTestContext
{
    private IReadOnlyList<(string Text, bool Disabled)> QuartersOffered((int, int)? limit)
    {
        var select = RenderMud<PeriodSelect>(p => p.Add(c => c.Years, [2015]).Add(c => c.Year, 2015).Add(c => c.Quarter, 1)
            .Add(c => c.Limit, limit));
        select.Find("[data-testid=quarter-select]").MouseDown();
        PopoverProvider.WaitForAssertion(() => PopoverProvider.FindAll(".mud-list-item").Count.ShouldBe(4));
        return PopoverProvider.FindAll(".mud-list-item")
            .Select(i => (i.TextContent.Trim(), i.ClassList.Contains("mud-list-item-disabled") || i.HasAttribute("disabled")))
            .ToList();
    }

    [Fact]
    public void Quarters_after_the_limit_cannot_be_chosen()
    {
        QuartersOffered((2015, 1)).ShouldBe([("1. Quartal", false), ("2. Quartal", true), ("3. Quartal", true), ("4. Quartal", true)]);
    }

    [Fact]
    public void Without_a_limit_every_quarter_can_be_chosen()
    {
        QuartersOffered(null).ShouldAllBe(q => !q.Disabled);
    }
}
