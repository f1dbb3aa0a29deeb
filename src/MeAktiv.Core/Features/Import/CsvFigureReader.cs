using MeAktiv.Core.Common.Csv;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Reads an import CSV (docs/api.md): UTF-8 with or without BOM, or Windows-1252 (see <see cref="CsvEncoding"/>);
/// separator <c>;</c>; the header is the first non-blank line; blank lines (also <c>;;;;</c>) are skipped; row numbers
/// are the file's line numbers. Streaming: the figures are handed on a chunk at a time (<see cref="ImportRows"/>), so
/// memory does not grow with the file; reading stops after <see cref="ImportOptions.MaxRows"/> data rows.
/// </summary>
internal static class CsvFigureReader
{
    /// <summary>Reads the file into <paramref name="rows"/>, yielding it whenever a chunk is full and at the end; the
    /// next chunk starts when the caller asks for more.</summary>
    public static IEnumerable<ImportRows> Read(Stream content, ImportRows rows, Action<long, int> progress, CancellationToken ct)
    {
        var encoding = CsvEncoding.Detect(content);
        using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        ImportHeader? header = null;
        ImportRowParser? parser = null;
        foreach (var line in CsvReader.ReadLines(reader))
        {
            if (line.Number % 2000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress(content.Position, rows.DataRows);
            }

            if (line.IsBlank)
            {
                continue;
            }

            if (header is null)
            {
                if (line.Error is not null)
                {
                    rows.Errors.Add(new ImportError(line.Number, null, line.Error));
                    yield break;
                }

                header = ImportHeader.Read(line.Number, line.Fields, rows.Errors);
                if (header is null)
                {
                    yield break; // the header's errors are recorded; no row can be read without it
                }

                parser = new ImportRowParser(header, rows);
                rows.HeaderOk = true;
                continue;
            }

            if (rows.DataRows == rows.Limits.MaxRows)
            {
                rows.DataRows++; // one too many: the file is refused as a whole (ImportRows.TooManyRows)
                yield break;
            }

            if (line.Error is not null || line.Fields.Length < header.Width || line.Fields.Skip(header.Width).Any(f => f.Trim().Length > 0))
            {
                rows.DataRows++;
                rows.Errors.Add(new ImportError(line.Number, null, line.Error ??
                    $"Die Zeile hat {line.Fields.Length} Felder statt {header.Width} (Trennzeichen ist ';')."));
                continue;
            }

            parser!.Parse(line.Number, line.Fields);
            if (rows.Full)
            {
                yield return rows;
                rows.Clear();
            }
        }

        if (rows.Inputs.Count > 0)
        {
            yield return rows;
            rows.Clear();
        }

        if (header is null)
        {
            rows.Errors.Add(new ImportError(null, null, $"Die Datei ist leer. Erwartet wird die Kopfzeile {ImportColumns.HeaderLine} und darunter die Zahlen."));
        }
    }
}
