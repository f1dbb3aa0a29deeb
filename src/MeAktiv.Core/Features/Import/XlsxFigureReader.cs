using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Reads the first sheet of an import XLSX with MiniExcel, row by row from the zipped XML (constant memory, unlike a
/// whole-workbook library): the header is the first non-blank row, row numbers are the sheet's row numbers, numbers
/// may be numeric cells or German text, a month may be text <c>JJJJ-MM</c> or a date cell (first of the month).
/// </summary>
internal static class XlsxFigureReader
{
    /// <summary>Reads the sheet into <paramref name="rows"/>, yielding it whenever a chunk is full and at the end; the
    /// next chunk starts when the caller asks for more.</summary>
    public static IEnumerable<ImportRows> Read(Stream content, ImportRows rows, Action<long, int> progress, CancellationToken ct)
    {
        ImportHeader? header = null;
        ImportRowParser? parser = null;
        var number = 0;
        using var sheet = content.Query(useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        while (true)
        {
            // A chunk is handed on outside the try: an iterator cannot yield inside a try with a catch.
            bool more, go = true;
            try
            {
                more = sheet.MoveNext();
                if (more)
                {
                    go = Row(sheet.Current, ++number, rows, ref header, ref parser, progress, ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                rows.HeaderOk = false;
                rows.Errors.Add(new ImportError(number > 0 ? number : null, null,
                    "Die Datei ist keine lesbare XLSX-Datei (Excel-Arbeitsmappe). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ " +
                    "oder als „CSV UTF-8“ speichern."));
                yield break;
            }

            if (!more)
            {
                break;
            }

            if (!go)
            {
                yield break; // no usable header (its errors are recorded), or one row too many
            }

            if (rows.Full)
            {
                yield return rows;
                rows.Clear();
            }
        }

        if (header is null)
        {
            rows.Errors.Add(new ImportError(null, null, $"Das erste Tabellenblatt ist leer. Erwartet wird die Kopfzeile {ImportColumns.HeaderLine} und darunter die Zahlen."));
        }

        if (rows.Inputs.Count > 0)
        {
            yield return rows;
            rows.Clear();
        }
    }

    /// <summary>Reads one row of the sheet; false when reading stops (no usable header, or one row too many).</summary>
    private static bool Row(object sheetRow, int number, ImportRows rows, ref ImportHeader? header, ref ImportRowParser? parser,
        Action<long, int> progress, CancellationToken ct)
    {
        if (number % 2000 == 0)
        {
            ct.ThrowIfCancellationRequested();
            progress(0, rows.DataRows);
        }

        var cells = ((IDictionary<string, object?>)sheetRow).Values.ToArray();
        if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s))))
        {
            return true;
        }

        if (header is null)
        {
            header = ImportHeader.Read(number, cells.Select(c => c?.ToString()).ToList(), rows.Errors);
            if (header is null)
            {
                return false;
            }

            parser = new ImportRowParser(header, rows);
            rows.HeaderOk = true;
            return true;
        }

        if (rows.DataRows == rows.Limits.MaxRows)
        {
            rows.DataRows++; // one too many: the file is refused as a whole (ImportRows.TooManyRows)
            return false;
        }

        parser!.Parse(number, cells);
        return true;
    }
}
