using MeAktiv.Core.Common.Csv;
using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Reads a target import file into its header (column name → position) and its non-blank data rows with the file's
/// row numbers: a CSV (separator <c>;</c>, UTF-8 or Windows-1252 as <see cref="CsvEncoding"/> detects) or the first
/// sheet of an XLSX (already checked by <see cref="XlsxGuard"/>). Errors of the header or of a row are recorded.
/// </summary>
internal static class TargetImportReader
{
    public const int MaxRows = 5_000;

    public static (Dictionary<string, int>? Header, List<(int Row, IReadOnlyList<object?> Cells)> Rows) Read(
        Stream content, ImportFileKind kind, List<ImportError> errors, CancellationToken ct)
    {
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
                    header = Header(number, cells, errors);
                    if (header is null)
                    {
                        break;
                    }
                }
                else if (rows.Count == MaxRows)
                {
                    errors.Add(new ImportError(null, null, ImportMessages.TooManyRows(MaxRows)));
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
            errors.Add(new ImportError(null, null, $"Die Datei ist leer. Erwartet wird die Kopfzeile {TargetImportColumns.HeaderLine}."));
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

    private static Dictionary<string, int>? Header(int row, IReadOnlyList<object?> cells, List<ImportError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var before = errors.Count;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i]?.ToString()?.Trim() is not { Length: > 0 } name)
            {
                continue;
            }

            var column = TargetImportColumns.All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Name;
            if (column is null)
            {
                errors.Add(new ImportError(row, name, $"Unbekannte Spalte '{ImportText.Show(name)}'. Erlaubt sind die Spalten {TargetImportColumns.HeaderLine}."));
            }
            else if (!header.TryAdd(column, i))
            {
                errors.Add(new ImportError(row, column, $"Die Spalte '{column}' kommt doppelt vor."));
            }
        }

        foreach (var (name, _) in TargetImportColumns.All.Where(c => c.Required && !header.ContainsKey(c.Name)))
        {
            errors.Add(new ImportError(row, name, $"Die Spalte '{name}' fehlt in der Kopfzeile (erwartet: {TargetImportColumns.HeaderLine})."));
        }

        return errors.Count == before ? header : null;
    }
}
