using System.Text.RegularExpressions;

namespace MeAktiv.Tests.Security;

/// <summary>
/// No <c>MarkupString</c> anywhere under src/: Razor encodes every value it renders, and a MarkupString would switch
/// that off (HTML of a user, an import file or the database would reach the page unencoded). Use components instead.
/// The one exception is <c>Web/Infrastructure/StaticMarkup.cs</c>: it shows HTML that Blazor's own HtmlRenderer made from
/// components (every value encoded as in a page), and only it can make such HTML (<c>StaticHtml</c>, issue 23).
/// </summary>
public sealed partial class NoMarkupStringTests
{
    [Fact]
    public void No_razor_or_cs_file_under_src_uses_MarkupString()
    {
        var files = SourceTree.CodeFiles();

        files.Count.ShouldBeGreaterThan(100, "the scan must see the app's sources");
        var hits = SourceTree.Lines(files.Where(f => !f.Replace('\\', '/').EndsWith("Web/Infrastructure/StaticMarkup.cs", StringComparison.Ordinal)).ToList(),
            Markup().IsMatch);
        hits.ShouldBeEmpty("MarkupString renders HTML unencoded; render the content with components instead:\n" + string.Join("\n", hits));
    }

    [Theory]
    [InlineData("@((MarkupString)text)", true)]
    [InlineData("var html = new MarkupString(x);", true)]
    [InlineData("RenderFragment f = b => b.AddMarkupContent(0, x);", true)]
    [InlineData("<MudText>@text</MudText>", false)]
    public void The_pattern_finds_each_way_to_render_raw_html(string line, bool found) => Markup().IsMatch(line).ShouldBe(found);

    [GeneratedRegex(@"\bMarkupString\b|\bAddMarkupContent\b")]
    private static partial Regex Markup();
}
