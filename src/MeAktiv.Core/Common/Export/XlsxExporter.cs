using ClosedXML.Excel;

namespace MeAktiv.Core.Common.Export;

/// <summary>
/// Writes an <see cref="ExportDocument"/> as XLSX with ClosedXML: one worksheet per sheet, numbers stored as numbers
/// with German display formats, title, date and "vorläufig" above the table, header row frozen. Column widths are set
/// explicitly (no AdjustToContents: it needs GDI+, which System.Drawing.Common does not offer on Linux; ADR 0008).
/// </summary>
public static class XlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var workbook = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in document.Sheets)
        {
            WriteSheet(workbook.Worksheets.Add(UniqueName(sheet.Name, names)), document, sheet);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteSheet(IXLWorksheet ws, ExportDocument document, ExportSheet sheet)
    {
        ws.Cell(1, 1).SetValue(sheet.Title);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        var meta = $"{document.Title} · erstellt am {German.Time(document.CreatedAtUtc)}"
            + (document.Provisional ? " · vorläufig" : "") + (document.Demo ? " · Demo-Daten" : "");
        ws.Cell(2, 1).SetValue(meta);
        var row = 3;
        foreach (var note in sheet.Notes)
        {
            ws.Cell(row++, 1).SetValue(note);
        }

        var header = row + 1;
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var cell = ws.Cell(header, c + 1);
            cell.SetValue(sheet.Columns[c].Header); // SetValue: text stays text ("05/2014" is no date)
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(0xE3, 0xEA, 0xF2);
            cell.Style.Alignment.WrapText = true;
            ws.Column(c + 1).Width = sheet.Columns[c].Width;
        }

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var values = sheet.Rows[r];
            for (var c = 0; c < sheet.Columns.Count && c < values.Count; c++)
            {
                var cell = ws.Cell(header + 1 + r, c + 1);
                SetValue(cell, values[c], sheet.Columns[c].Format);
                cell.Style.Font.Bold = sheet.EmphasisRows?.Contains(r) == true;
            }
        }

        ws.SheetView.FreezeRows(header);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void SetValue(IXLCell cell, object? value, ExportFormat format)
    {
        switch (value)
        {
            case null:
                cell.Value = German.None;
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                return;
            case ExportNumber n:
                cell.Value = n.Value;
                cell.Style.NumberFormat.Format = FormatCode(n.Format);
                return;
            case decimal d:
                cell.Value = d;
                cell.Style.NumberFormat.Format = FormatCode(format);
                return;
            case int i:
                cell.Value = i;
                cell.Style.NumberFormat.Format = FormatCode(format);
                return;
            default:
                cell.SetValue(Convert.ToString(value, German.Culture) ?? "");
                return;
        }
    }

    /// <summary>Excel format codes (stored invariant, displayed in the reader's locale: German Excel shows 17.970 and 21,4 %).</summary>
    public static string FormatCode(ExportFormat format) => format switch
    {
        ExportFormat.Integer => "#,##0",
        ExportFormat.Decimal1 => "#,##0.0",
        ExportFormat.Percent => "0.0\" %\"",
        ExportFormat.PercentChange => "+0.0\" %\";-0.0\" %\";0.0\" %\"",
        ExportFormat.Euro => "#,##0.00\" €\"",
        ExportFormat.Decimal2 => "#,##0.00",
        ExportFormat.Points => "+0.00\" Pp.\";-0.00\" Pp.\";0.00\" Pp.\"",
        _ => "@",
    };

    private static string UniqueName(string name, HashSet<string> used)
    {
        var clean = new string(name.Select(ch => "[]:*?/\\".Contains(ch) ? '-' : ch).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }
}
