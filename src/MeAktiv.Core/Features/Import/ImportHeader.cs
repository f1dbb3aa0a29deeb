namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The header row of an import file: the five columns found by name (case-insensitive, any order). Blank header cells
/// and the template's name columns (<see cref="ImportColumns.Names"/>) are ignored; an unknown, doubled or missing column is an error of row <c>Row</c> with that column's name.
/// </summary>
internal sealed class ImportHeader
{
    private ImportHeader(int row, int[] positions, int width)
    {
        Row = row;
        Positions = positions;
        Width = width;
    }

    public int Row { get; }

    /// <summary>Position in the row of each of <see cref="ImportColumns.All"/> (same order).</summary>
    public int[] Positions { get; }

    /// <summary>Number of cells of the header row (a CSV data row must have as many fields).</summary>
    public int Width { get; }

    public static ImportHeader? Read(int row, IReadOnlyList<string?> cells, ImportErrorList errors)
    {
        if (cells.Count == 1 && cells[0] is { } single && (single.Contains(',') || single.Contains('\t')))
        {
            errors.Add(new ImportError(row, null,
                $"Die Kopfzeile ist nicht durch ';' getrennt. Erwartet wird {ImportColumns.HeaderLine} " +
                "(CSV mit Semikolon, wie es das deutsche Excel speichert)."));
            return null;
        }

        var positions = Enumerable.Repeat(-1, ImportColumns.All.Count).ToArray();
        var before = errors.Count;
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i]?.Trim();
            if (string.IsNullOrEmpty(name) || ImportColumns.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue; // the template's names beside the codes are for reading only
            }

            var column = IndexOf(name);
            if (column < 0)
            {
                errors.Add(new ImportError(row, name,
                    $"Unbekannte Spalte '{ImportText.Show(name)}'. Erlaubt sind die Spalten {ImportColumns.HeaderLine}."));
            }
            else if (positions[column] >= 0)
            {
                errors.Add(new ImportError(row, ImportColumns.All[column], $"Die Spalte '{ImportColumns.All[column]}' kommt doppelt vor."));
            }
            else
            {
                positions[column] = i;
            }
        }

        for (var c = 0; c < positions.Length; c++)
        {
            if (positions[c] < 0)
            {
                errors.Add(new ImportError(row, ImportColumns.All[c],
                    $"Die Spalte '{ImportColumns.All[c]}' fehlt in der Kopfzeile (erwartet: {ImportColumns.HeaderLine})."));
            }
        }

        return errors.Count == before ? new ImportHeader(row, positions, cells.Count) : null;
    }

    private static int IndexOf(string name)
    {
        for (var c = 0; c < ImportColumns.All.Count; c++)
        {
            if (string.Equals(ImportColumns.All[c], name, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }
}
