using Bunit;
using MeAktiv.Web.Components.Shared;
using MudBlazor;

namespace MeAktiv.Tests.Components.Shared;

/// <summary>MudBlazor icons drawn as SVG elements: the visible shapes only, groups kept where they carry attributes.</summary>
public sealed class SvgIconTests : BunitContext
{
    [Fact]
    public void An_icon_keeps_its_visible_path_and_drops_the_invisible_box()
    {
        var cut = Render(SvgIcon.Render(Icons.Material.Filled.Home, "mud-nav-link-icon"));

        var svg = cut.Find("svg");
        svg.ClassList.ShouldBe(["mud-icon-root", "mud-svg-icon", "mud-icon-size-medium", "mud-nav-link-icon"]);
        svg.GetAttribute("viewBox").ShouldBe("0 0 24 24");
        svg.GetAttribute("aria-hidden").ShouldBe("true");
        cut.FindAll("path").Select(p => p.GetAttribute("d")).ShouldBe(["M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z"]);
        cut.Markup.ShouldNotContain("fill=\"none\"");
    }

    [Fact]
    public void Circles_and_paths_in_plain_groups_come_out_flat_with_their_attributes()
    {
        var cut = Render(SvgIcon.Render(Icons.Material.Filled.ManageAccounts));

        cut.FindAll("svg > *").Select(e => e.TagName.ToLowerInvariant()).ShouldBe(["circle", "path", "path"]);
        cut.Find("circle").GetAttribute("r").ShouldBe("4");
        cut.FindAll("g").ShouldBeEmpty();
    }

    [Fact]
    public void A_group_with_attributes_is_kept_around_its_shapes_and_foreign_tags_are_left_out()
    {
        const string icon = "<g transform=\"rotate(90 12 12)\"><path d=\"M1 1h2\"/><g><path d=\"M2 2h2\" fill-rule=\"evenodd\"/></g></g>"
                            + "<script>alert(1)</script><path d=\"M3 3h2\"/>";

        var cut = Render(SvgIcon.Render(icon));

        cut.Find("svg > g").GetAttribute("transform").ShouldBe("rotate(90 12 12)");
        cut.FindAll("svg > g > path").Select(p => p.GetAttribute("d")).ShouldBe(["M1 1h2", "M2 2h2"]);
        cut.FindAll("svg > g > path")[1].GetAttribute("fill-rule").ShouldBe("evenodd");
        cut.FindAll("svg > path").Select(p => p.GetAttribute("d")).ShouldBe(["M3 3h2"]);
        cut.FindAll("script").ShouldBeEmpty();
        cut.Markup.ShouldNotContain("alert");
    }
}
