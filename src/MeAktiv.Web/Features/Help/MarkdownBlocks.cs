namespace MeAktiv.Web.Features.Help;

/// <summary>
/// A tiny Markdown reader for our own handbook (docs/handbuch.md): headings, paragraphs, bullet lists, images and
/// **bold** spans. The result is rendered by components as text (HTML-encoded), never as markup.
/// </summary>
public static class MarkdownBlocks
{
    public static IReadOnlyList<Block> Parse(string markdown)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        List<string>? list = null;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Block(BlockKind.Paragraph, string.Join(' ', paragraph), 0, []));
                paragraph.Clear();
            }

            if (list is not null)
            {
                blocks.Add(new Block(BlockKind.List, "", 0, list));
                list = null;
            }
        }

        foreach (var raw in markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith('#'))
            {
                Flush();
                var level = line.TakeWhile(c => c == '#').Count();
                blocks.Add(new Block(BlockKind.Heading, line[level..].Trim(), Math.Min(level, 4), []));
            }
            else if (line.StartsWith("![", StringComparison.Ordinal) && line.IndexOf("](", StringComparison.Ordinal) is > 1 and var mid && line.EndsWith(')'))
            {
                Flush();
                blocks.Add(new Block(BlockKind.Image, line[2..mid], 0, [line[(mid + 2)..^1]]));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                (list ??= []).Add(line[2..].Trim());
            }
            else if (list is not null && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                list[^1] += " " + line.Trim();
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>Splits a line into plain and bold spans (<c>**bold**</c>); backticks are dropped.</summary>
    public static IReadOnlyList<(string Text, bool Bold)> Spans(string text)
    {
        var parts = text.Replace("`", "", StringComparison.Ordinal).Split("**");
        return parts.Select((p, i) => (p, i % 2 == 1)).Where(p => p.p.Length > 0).ToList();
    }
}

public enum BlockKind
{
    Heading,
    Paragraph,
    List,
    Image,
}

/// <summary>A block: heading (with level), paragraph, list (items), image (text = alt, items[0] = path).</summary>
public sealed record Block(BlockKind Kind, string Text, int Level, IReadOnlyList<string> Items);
