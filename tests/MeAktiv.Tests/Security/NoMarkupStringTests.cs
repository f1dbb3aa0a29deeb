using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MeAktiv.Tests.Security;

/// <summary>
/// No <c>MarkupString</c> anywhere under src/: Razor encodes every value it renders, and a MarkupString would switch
/// that off (HTML of a user, an import file or the database would reach the page unencoded). Use components instead.
/// </summary>
public sealed partial class NoMarkupStringTests
{
    [Fact]
    public void No_razor_or_cs_file_under_src_uses_MarkupString()
    {
        var src = Path.Combine(RepoRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        files.Count.ShouldBeGreaterThan(100, "the scan must see the app's sources");
        var hits = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Markup().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
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

    private static string RepoRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ME-aktiv.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ME-aktiv.sln not found above {thisFile}");
    }
}
