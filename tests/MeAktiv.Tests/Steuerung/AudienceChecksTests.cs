using MeAktiv.Core.Security;
using Bunit;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Steuerung;

namespace MeAktiv.Tests.Steuerung;

/// <summary>The roles a Termin concerns on the maintenance page (/termine/pflege): one German check box per role, ticking
/// one adds its role name, unticking removes it.</summary>
public sealed class AudienceChecksTests : MudTestContext
{
    [Fact]
    public void Ticking_and_unticking_a_role_changes_the_audience()
    {
        IReadOnlyList<string> value = ["Geschaeftsfuehrung"];
        var cut = RenderMud<AudienceChecks>(p => p.Add(c => c.Value, value).Add(c => c.ValueChanged, v => value = v));

        cut.Markup.ShouldContain("Geschäftsführung");
        cut.Markup.ShouldContain("Träger");
        var boxes = cut.FindAll("input[type=checkbox]");
        boxes.Count.ShouldBe(Roles.All.Count); // one box per role, Finanzen included
        boxes[0].HasAttribute("checked").ShouldBeTrue();
        boxes[3].Change(true); // Träger
        value.ShouldBe(["Geschaeftsfuehrung", "Traeger"]);
        cut.Render(p => p.Add(c => c.Value, value));
        cut.FindAll("input[type=checkbox]")[0].Change(false);
        value.ShouldBe(["Traeger"]);
    }
}
