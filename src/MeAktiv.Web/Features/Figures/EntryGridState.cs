using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// The editing state of a <see cref="FigureGrid"/>: a cell per row and unit where the unit enters the component,
/// paste of a block, the batch of dirty cells to save and what a save outcome means for each cell. No UI, no database.
/// </summary>
public sealed class EntryGridState
{
    private readonly EntryCell?[,] _cells;

    /// <param name="previous">The state before a reload: its unsaved edits of the same month are kept.</param>
    public EntryGridState(FigureGrid grid, EntryGridState? previous = null)
    {
        Grid = grid;
        _cells = new EntryCell?[grid.Rows.Count, grid.Units.Count];
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            for (var c = 0; c < grid.Units.Count; c++)
            {
                if (grid.Cell(grid.Rows[r], grid.Units[c]) is { } stored)
                {
                    _cells[r, c] = new EntryCell(r, c, grid.Rows[r], grid.Units[c], stored);
                }
            }
        }

        if (previous is not null && previous.Grid.Year == grid.Year && previous.Grid.Month == grid.Month)
        {
            var edits = previous.Cells.Where(e => e.IsDirty).ToDictionary(e => e.Key);
            foreach (var cell in Cells.Where(c => c.Editable && edits.ContainsKey(c.Key)))
            {
                cell.CarryOver(edits[cell.Key]);
            }
        }
    }

    public FigureGrid Grid { get; }

    public IEnumerable<EntryCell> Cells => _cells.Cast<EntryCell?>().OfType<EntryCell>();

    public int DirtyCount => Cells.Count(c => c.IsDirty);

    public bool HasParseErrors => Cells.Any(c => c.ParseFailed);

    public EntryCell? Cell(int row, int column) =>
        row >= 0 && column >= 0 && row < _cells.GetLength(0) && column < _cells.GetLength(1) ? _cells[row, column] : null;

    /// <summary>
    /// Fills the block into the grid down and right from (<paramref name="row"/>, <paramref name="column"/>), as copied
    /// (a column down the components; a block of components by months or teams as the grid shows them) — or turned,
    /// when that fills more editable cells: a row of components copied across (<c>79⇥4.950⇥3.601</c>) goes down the
    /// components of the cell's column, each further row of the block into the next column (months or teams).
    /// Empty cells of the block leave the grid as it is; read-only and missing cells are skipped and counted.
    /// </summary>
    public PasteReport Paste(int row, int column, PasteBlock block)
    {
        var turned = block.Rows > 0 && Fillable(row, column, block, turned: true) > Fillable(row, column, block, turned: false);
        var (filled, readOnly, outside) = (0, 0, 0);
        foreach (var (r, c, text) in block.Cells(turned))
        {
            var cell = Cell(row + r, column + c);
            if (cell is null)
            {
                outside++;
            }
            else if (!cell.Editable)
            {
                readOnly++;
            }
            else
            {
                cell.SetText(text);
                filled += cell.ParseFailed ? 0 : 1; // a text that is no number is marked at the cell and counted below
            }
        }

        return new PasteReport(filled, readOnly, outside, block.Errors.Count, turned);
    }

    private int Fillable(int row, int column, PasteBlock block, bool turned) =>
        block.Cells(turned).Count(x => Cell(row + x.Row, column + x.Column) is { Editable: true });

    /// <summary>The dirty cells of editable units, as one batch; <see cref="SaveBatch.Cells"/>[i] belongs to input i.</summary>
    public SaveBatch DirtyBatch()
    {
        var cells = Cells.Where(c => c.IsDirty && c.Editable).ToList();
        return new SaveBatch(cells.Select(c => c.ToInput(Grid.Year, Grid.Month)).ToList(), cells);
    }

    /// <summary>Applies a save's outcome to the cells of its batch; returns the German messages for the summary.</summary>
    public IReadOnlyList<string> Apply(SaveOutcome outcome, SaveBatch batch)
    {
        foreach (var cell in batch.Cells.Where(c => !c.ParseFailed))
        {
            (cell.Error, cell.NeedsConfirmation) = (null, false);
        }

        foreach (var saved in outcome.Saved)
        {
            batch.Cells[saved.Index].Accept(saved.Value, saved.Version);
        }

        var summary = new List<string>();
        foreach (var error in outcome.Errors)
        {
            if (error.Index < 0 || error.Index >= batch.Cells.Count)
            {
                summary.Add(error.Message);
                continue;
            }

            var cell = batch.Cells[error.Index];
            cell.Error = cell.Error is null ? error.Message : $"{cell.Error} {error.Message}";
            cell.NeedsConfirmation |= error.IsSoft;
            summary.Add($"{cell.Label}: {error.Message}");
        }

        return summary;
    }
}

/// <summary>The inputs of one save and the cell each came from.</summary>
public sealed record SaveBatch(IReadOnlyList<FigureInput> Inputs, IReadOnlyList<EntryCell> Cells);

/// <summary>What a paste did: cells filled, cells skipped (read-only, outside the grid), texts that were no numbers,
/// and whether the block was turned (its rows went down the components).</summary>
public sealed record PasteReport(int Filled, int ReadOnly, int Outside, int NotNumbers, bool Turned = false)
{
    public string Text()
    {
        var parts = new List<string> { (Filled == 1 ? "1 Wert eingefügt" : $"{Filled} Werte eingefügt")
            + (Turned ? " (Zeile aus Excel untereinander übernommen)" : "") };
        if (NotNumbers > 0)
        {
            parts.Add(NotNumbers == 1 ? "1 Eintrag ist keine Zahl (markiert)" : $"{NotNumbers} Einträge sind keine Zahlen (markiert)");
        }

        if (ReadOnly > 0)
        {
            parts.Add($"{ReadOnly} schreibgeschützt, nicht übernommen");
        }

        if (Outside > 0)
        {
            parts.Add($"{Outside} außerhalb der Tabelle, nicht übernommen");
        }

        return string.Join(" · ", parts) + ".";
    }
}
