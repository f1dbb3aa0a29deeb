using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MeAktiv.Web.Components.Shared;

/// <summary>
/// A MudBlazor icon (an SVG fragment such as <c>Icons.Material.Filled.Home</c>) drawn as SVG elements instead of a
/// <c>MudIcon</c>: no component instance per icon in each open circuit, no markup string the browser has to parse
/// on its own, and without the icon's invisible 24×24 box (<c>fill="none"</c>). Same classes, so the same look.
/// </summary>
public static partial class SvgIcon
{
    private const string Classes = "mud-icon-root mud-svg-icon mud-icon-size-medium";
    private static readonly HashSet<string> Shapes = ["path", "circle", "rect", "ellipse", "line", "polygon", "polyline"];
    private static readonly ConcurrentDictionary<string, Tag[]> Parsed = new();

    /// <summary>An <c>&lt;svg&gt;</c> with the icon's shapes; <paramref name="cssClass"/> is added to MudBlazor's icon classes.</summary>
    public static RenderFragment Render(string icon, string? cssClass = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass is null ? Classes : $"{Classes} {cssClass}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        AddShapes(builder, icon);
        builder.CloseElement();
    };

    private static void AddShapes(RenderTreeBuilder builder, string icon)
    {
        foreach (var tag in Parsed.GetOrAdd(icon, Parse))
        {
            if (tag.Name == "/g")
            {
                builder.CloseElement();
                continue;
            }

            builder.OpenElement(10, tag.Name);
            foreach (var (name, value) in tag.Attributes)
            {
                builder.AddAttribute(11, name, value);
            }

            if (tag.Name != "g")
            {
                builder.CloseElement();
            }
        }
    }

    /// <summary>
    /// The icon's tags in order: groups with attributes (opened and closed) and shapes, without plain wrapper groups and
    /// invisible shapes. Anything else (text, scripts, foreign content) is left out; MudBlazor's icons have none.
    /// </summary>
    internal static Tag[] Parse(string icon)
    {
        var tags = new List<Tag>();
        var groups = new Stack<bool>(); // per open group: kept (it has attributes) or dropped (a plain wrapper)
        foreach (Match match in TagPattern().Matches(icon))
        {
            var name = match.Groups["name"].Value;
            var attributes = AttributePattern().Matches(match.Groups["attrs"].Value)
                .Select(a => (a.Groups[1].Value, a.Groups[2].Value)).ToArray();
            var selfClosing = match.Value.EndsWith("/>", StringComparison.Ordinal);
            if (name == "g" && !selfClosing)
            {
                groups.Push(attributes.Length > 0);
                if (attributes.Length > 0)
                {
                    tags.Add(new Tag(name, attributes));
                }
            }
            else if (name == "/g")
            {
                if (groups.TryPop(out var kept) && kept)
                {
                    tags.Add(new Tag(name, attributes));
                }
            }
            else if (Shapes.Contains(name) && !attributes.Any(a => a is ("fill", "none")))
            {
                tags.Add(new Tag(name, attributes));
            }
        }

        return [.. tags];
    }

    internal sealed record Tag(string Name, (string Name, string Value)[] Attributes);

    [GeneratedRegex(@"<(?<name>/?[a-zA-Z]+)(?<attrs>[^>]*?)/?>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"([a-zA-Z][\w-]*)=""([^""]*)""")]
    private static partial Regex AttributePattern();
}
