using System.IO.Compression;
using System.Xml;
using MeAktiv.Core.Common;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Checks an XLSX before it is parsed, so that a small file cannot make the server unpack, hold or walk far more than
/// a real import needs (a decompression bomb): the number of parts, the bytes of all parts once unpacked — counted
/// while unpacking, not taken from the zip's own claims —, the number and the length of the shared strings, the
/// number of cells and the rightmost column. Texts are read in chunks, never whole. Returns the German refusal (413
/// beyond a bound, 400 for a file that is no readable XLSX), or null when the file is within <see cref="ImportOptions"/>.
/// </summary>
internal static class XlsxGuard
{
    private const string Unreadable = "Die Datei ist keine lesbare XLSX-Datei (Excel-Arbeitsmappe). Bitte in Excel als " +
                                      "„Excel-Arbeitsmappe (*.xlsx)“ oder als „CSV UTF-8“ speichern.";

    public static (ImportStatus Status, string Message)? Check(Stream content, ImportOptions limits, CancellationToken ct)
    {
        var start = content.Position;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                return (ImportStatus.TooLarge,
                    $"Die XLSX-Datei besteht aus mehr als {German.Count(limits.MaxParts)} Teilen; so viele hat keine Importdatei.");
            }

            var budget = new UnpackBudget(limits.MaxUnpackedBytes);
            var cells = 0L;
            foreach (var entry in zip.Entries)
            {
                ct.ThrowIfCancellationRequested();
                if (entry.Length > budget.Left)
                {
                    return (ImportStatus.TooLarge, TooLarge(limits));
                }

                using var stream = new CountingStream(entry.Open(), budget);
                var name = entry.FullName.ToLowerInvariant();
                var refusal = name.EndsWith("sharedstrings.xml", StringComparison.Ordinal) ? SharedStrings(stream, limits, ct)
                    : name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal)
                        ? Sheet(stream, limits, ref cells, ct)
                        : Drain(stream);
                if (refusal is not null)
                {
                    return (ImportStatus.TooLarge, refusal);
                }
            }

            return null;
        }
        catch (UnpackBudgetExceededException)
        {
            return (ImportStatus.TooLarge, TooLarge(limits));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (ImportStatus.Invalid, Unreadable); // a zip or XML the readers cannot make sense of, whatever they throw (as XlsxFigureReader)
        }
        finally
        {
            content.Position = start;
        }
    }

    private static string TooLarge(ImportOptions limits) =>
        $"Die XLSX-Datei ist entpackt größer als {German.Megabytes(limits.MaxUnpackedBytes)}; so groß ist keine Importdatei. " +
        "Bitte nur die Spalten Monat, Einheit, Kennzahl, Komponente, Wert im ersten Tabellenblatt speichern oder die Datei aufteilen.";

    private static string? Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        return null;
    }

    /// <summary><c>&lt;si&gt;</c> entries: at most <see cref="ImportOptions.MaxSharedStrings"/>, each at most
    /// <see cref="ImportOptions.MaxCellChars"/> characters (its text runs together).</summary>
    private static string? SharedStrings(Stream stream, ImportOptions limits, CancellationToken ct)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var buffer = new char[4096];
        var count = 0;
        var length = 0L;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (++count > limits.MaxSharedStrings)
                {
                    return $"Die XLSX-Datei enthält mehr als {German.Count(limits.MaxSharedStrings)} verschiedene Texte; so viele hat keine Importdatei.";
                }

                length = 0;
                if (count % 10_000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace
                     && TooLong(reader, buffer, ref length, limits))
            {
                return TooLong(limits);
            }
        }

        return null;
    }

    /// <summary>Cells of all sheets together at most <see cref="ImportOptions.MaxCells"/>, none (nor the sheet's
    /// dimension) right of <see cref="ImportOptions.MaxColumns"/>, inline texts at most
    /// <see cref="ImportOptions.MaxCellChars"/> characters.</summary>
    private static string? Sheet(Stream stream, ImportOptions limits, ref long cells, CancellationToken ct)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var buffer = new char[4096];
        var length = 0L;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "c" or "dimension")
            {
                if (reader.LocalName == "c" && ++cells > limits.MaxCells)
                {
                    return $"Die XLSX-Datei hat mehr als {German.Count(limits.MaxCells)} Zellen; so viele hat keine Importdatei.";
                }

                if (cells % 10_000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var reference = reader.GetAttribute(reader.LocalName == "c" ? "r" : "ref");
                if (reference is not null && RightmostColumn(reference) > limits.MaxColumns)
                {
                    return $"Die XLSX-Datei hat Zellen rechts von Spalte {limits.MaxColumns}; eine Importdatei braucht nur " +
                           "die Spalten Monat, Einheit, Kennzahl, Komponente, Wert. Bitte überzählige Spalten löschen.";
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && TooLong(reader, buffer, ref length, limits))
            {
                return TooLong(limits);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                length = 0; // a text of a cell ends with its element
            }
        }

        return null;
    }

    /// <summary>Reads the current text node in chunks (never as one string), adding its length to
    /// <paramref name="length"/>; true once that exceeds <see cref="ImportOptions.MaxCellChars"/>.</summary>
    private static bool TooLong(XmlReader reader, char[] buffer, ref long length, ImportOptions limits)
    {
        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
            if (length > limits.MaxCellChars)
            {
                return true;
            }
        }

        return false;
    }

    private static string TooLong(ImportOptions limits) =>
        $"Die XLSX-Datei enthält einen Text mit mehr als {German.Count(limits.MaxCellChars)} Zeichen (mehr, als Excel in einer Zelle erlaubt).";

    /// <summary>The largest column number named in a cell reference or range (<c>B7</c>, <c>A1:XFD1048576</c>).</summary>
    internal static long RightmostColumn(string reference)
    {
        var max = 0L;
        var column = 0L;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is >= 'A' and <= 'Z')
            {
                column = Math.Min(column * 26 + (upper - 'A' + 1), int.MaxValue);
            }
            else
            {
                max = Math.Max(max, column);
                column = 0;
            }
        }

        return Math.Max(max, column);
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
