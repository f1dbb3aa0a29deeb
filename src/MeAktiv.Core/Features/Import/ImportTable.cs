using MeAktiv.Core.Common.Csv;
using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Reads an import file into its header (column name → position) and its non-blank data rows with the file's row
/// numbers: a CSV (separator <c>;</c>, UTF-8 or Windows-1252 as <see cref="CsvEncoding"/> detects) or the first sheet
/// of an XLSX (already checked by <see cref="XlsxGuard"/>). Errors of the header or of a row are recorded. Shared by the
/// target import and the budget import (<c>Budget/BudgetImportService</c>); the cells are read with <see cref="ImportCells"/>.
/// </summary>
public static class ImportTable
{
    /// <param name="columns">The allowed columns; the required ones must be in the header.</param>
    /// <param name="maxRows">More data rows: the file is refused as a whole.</param>
    public static (Dictionary<string, int>? Header, List<(int Row, IReadOnlyList<object?> Cells)> Rows) Read(Stream content, ImportFileKind kind,
        IReadOnlyList<(string Name, bool Required)> columns, int maxRows, List<ImportError> errors, CancellationToken ct)
    {
        var headerLine = string.Join(";", columns.Select(c => c.Name));
        Dictionary<string, int>? header = null;
        var rows = new List<(int, IReadOnlyList<object?>)>();
        try
        {
            foreach (var (number, cells, error) in kind == ImportFileKind.Csv ? CsvRows(content) : XlsxRows(content))
            {
                ct.ThrowIfCancellationRequested();
                if (error is not null)
                {
                    errors.Add(new ImportError(number, null, error));
                    if (header is null)
                    {
                        break;
                    }
                }
                else if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (header is null)
                {
                    header = Header(number, cells, columns, headerLine, errors);
                    if (header is null)
                    {
                        break;
                    }
                }
                else if (rows.Count == maxRows)
                {
                    errors.Add(new ImportError(null, null, ImportMessages.TooManyRows(maxRows)));
                    break;
                }
                else
                {
                    rows.Add((number, cells));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && kind == ImportFileKind.Xlsx)
        {
            errors.Add(new ImportError(null, null, "Die Datei ist keine lesbare XLSX-Datei (Excel-Arbeitsmappe)."));
            return (null, rows);
        }

        if (header is null && errors.Count == 0)
        {
            errors.Add(new ImportError(null, null, $"Die Datei ist leer. Erwartet wird die Kopfzeile {headerLine}."));
        }

        return (header, rows);
    }

    private static IEnumerable<(int, IReadOnlyList<object?>, string?)> CsvRows(Stream content)
    {
        using var reader = new StreamReader(content, CsvEncoding.Detect(content), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var line in CsvReader.ReadLines(reader))
        {
            yield return (line.Number, line.Fields, line.Error);
        }
    }

    private static IEnumerable<(int, IReadOnlyList<object?>, string?)> XlsxRows(Stream content)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            yield return (++number, row.Values.ToArray(), null);
        }
    }

    private static Dictionary<string, int>? Header(int row, IReadOnlyList<object?> cells, IReadOnlyList<(string Name, bool Required)> columns,
        string headerLine, List<ImportError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var before = errors.Count;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i]?.ToString()?.Trim() is not { Length: > 0 } name)
            {
                continue;
            }

            var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Name;
            if (column is null)
            {
                errors.Add(new ImportError(row, name, $"Unbekannte Spalte '{ImportText.Show(name)}'. Erlaubt sind die Spalten {headerLine}."));
            }
            else if (!header.TryAdd(column, i))
            {
                errors.Add(new ImportError(row, column, $"Die Spalte '{column}' kommt doppelt vor."));
            }
        }

        foreach (var (name, _) in columns.Where(c => c.Required && !header.ContainsKey(c.Name)))
        {
            errors.Add(new ImportError(row, name, $"Die Spalte '{name}' fehlt in der Kopfzeile (erwartet: {headerLine})."));
        }

        return errors.Count == before ? header : null;
    }
}
