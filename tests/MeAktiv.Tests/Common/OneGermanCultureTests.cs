using System.Text.RegularExpressions;

namespace MeAktiv.Tests.Common;

/// <summary>
/// The German culture is made in one place, <c>Core/Common/German.cs</c> (<c>German.Culture</c>): pages, exports and
/// messages format through <c>German</c>, so no other file under src/ creates a de-DE culture of its own.
/// </summary>
public sealed partial class OneGermanCultureTests
{
    [Fact]
    public void No_file_under_src_but_German_cs_creates_a_German_culture()
    {
        var files = SourceTree.CodeFiles();
        var germanCs = Path.Combine("MeAktiv.Core", "Common", "German.cs");
        var german = files.Where(f => Path.GetRelativePath(SourceTree.Src, f) == germanCs).ToList();

        files.Count.ShouldBeGreaterThan(100, "the scan must see the app's sources");
        german.Count.ShouldBe(1, "Core/Common/German.cs holds the culture");
        SourceTree.Lines(german, GermanCulture().IsMatch).Count.ShouldBe(1, "German.cs creates the culture once");
        var hits = SourceTree.Lines(files.Except(german), GermanCulture().IsMatch);
        hits.ShouldBeEmpty("use MeAktiv.Core.Common.German (German.Culture and its formats) instead:\n" + string.Join("\n", hits));
    }

    [Theory]
    [InlineData("private static readonly CultureInfo De = CultureInfo.GetCultureInfo(\"de-DE\");", true)]
    [InlineData("var c = new CultureInfo(\"de-DE\");", true)]
    [InlineData("o.DefaultRequestCulture = new(\"de-DE\");", true)]
    [InlineData("var c = CultureInfo.CreateSpecificCulture(\"de\");", true)]
    [InlineData("var c = CultureInfo.GetCultureInfo( \"DE-de\" );", true)]
    [InlineData("/// Numbers as Excel (de-DE) copies them", false)]
    [InlineData("o.DefaultRequestCulture = new(German.Culture);", false)]
    public void The_pattern_finds_each_way_to_make_a_German_culture(string line, bool found) =>
        GermanCulture().IsMatch(line).ShouldBe(found);

    [GeneratedRegex("\"de[-_]de\"|\\b(GetCultureInfo|CultureInfo|CreateSpecificCulture|RequestCulture)\\s*\\(\\s*\"de\"", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCulture();
}
