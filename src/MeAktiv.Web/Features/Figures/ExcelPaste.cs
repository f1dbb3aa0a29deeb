namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// A block copied from Excel (de-DE): lines separated by CR LF (or LF, CR), cells by tabs, numbers with decimal comma
/// and thousands dots. Excel ends the block with a line break, which is not an extra row. An empty cell is null (the
/// grid leaves that cell as it is); a cell that is not a number is null too and reported in <see cref="PasteBlock.Errors"/>.
/// Which way the block goes into the grid (as copied, or turned: <see cref="PasteBlock.Cells"/>) the grid decides
/// (<see cref="EntryGridState.Paste"/>): a column, a row of components, a month-by-component block.
/// </summary>
public static class ExcelPaste
{
    public static PasteBlock Parse(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var texts = lines.Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).ToArray();
        var errors = new List<PasteError>();
        var values = texts.Select((row, r) => row.Select((cell, c) =>
        {
            if (GermanNumber.TryParse(cell, out var value))
            {
                return value;
            }

            errors.Add(new PasteError(r, c, cell, $"„{cell}“ ist keine Zahl."));
            return null;
        }).ToArray()).ToArray();
        return new PasteBlock(texts, values, errors);
    }
}

/// <summary>The parsed block: <see cref="Texts"/> as copied and <see cref="Values"/> (null: empty or not a number), row by row.</summary>
public sealed record PasteBlock(string[][] Texts, decimal?[][] Values, IReadOnlyList<PasteError> Errors)
{
    public int Rows => Values.Length;

    public int Columns => Values.Length == 0 ? 0 : Values.Max(r => r.Length);

    /// <summary>The non-empty cells as (row, column, text) — in the grid's orientation, or turned (<paramref name="turned"/>:
    /// the block's rows become the grid's columns and its columns the grid's rows, so a row of components copied
    /// across fills the components down the grid).</summary>
    public IEnumerable<(int Row, int Column, string Text)> Cells(bool turned) =>
        from r in Enumerable.Range(0, Rows)
        from c in Enumerable.Range(0, Texts[r].Length)
        where Texts[r][c].Length > 0
        select turned ? (c, r, Texts[r][c]) : (r, c, Texts[r][c]);
}

/// <summary>A cell of the block that is not a number (row and column within the block, from 0).</summary>
public sealed record PasteError(int Row, int Column, string Text, string Message);
