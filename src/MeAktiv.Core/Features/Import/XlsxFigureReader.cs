using MiniExcelLibs;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Reads the first sheet of an import XLSX with MiniExcel, row by row from the zipped XML (constant memory, unlike a
/// whole-workbook library): the header is the first non-blank row, row numbers are the sheet's row numbers, numbers
/// may be numeric cells or German text, a month may be text <c>JJJJ-MM</c> or a date cell (first of the month).
/// </summary>
internal static class XlsxFigureReader
{
    public static void Read(Stream content, ImportRows rows, Action<long, int> progress, CancellationToken ct)
    {
        ImportHeader? header = null;
        ImportRowParser? parser = null;
        var number = 0;
        try
        {
            foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                if (number % 2000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress(0, rows.DataRows);
                }

                var cells = row.Values.ToArray();
                if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (header is null)
                {
                    header = ImportHeader.Read(number, cells.Select(c => c?.ToString()).ToList(), rows.Errors);
                    if (header is null)
                    {
                        return;
                    }

                    parser = new ImportRowParser(header, rows);
                    rows.HeaderOk = true;
                    continue;
                }

                if (rows.DataRows == rows.Limits.MaxRows)
                {
                    rows.DataRows++; // one too many: the file is refused as a whole (ImportRows.TooManyRows)
                    return;
                }

                parser!.Parse(number, cells);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            rows.HeaderOk = false;
            rows.Errors.Add(new ImportError(number > 0 ? number : null, null,
                "Die Datei ist keine lesbare XLSX-Datei (Excel-Arbeitsmappe). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ " +
                "oder als „CSV UTF-8“ speichern."));
            return;
        }

        if (header is null)
        {
            rows.Errors.Add(new ImportError(null, null, $"Das erste Tabellenblatt ist leer. Erwartet wird die Kopfzeile {ImportColumns.HeaderLine} und darunter die Zahlen."));
        }
    }
}
