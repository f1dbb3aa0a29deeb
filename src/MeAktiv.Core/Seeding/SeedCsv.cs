using System.Text;
using MeAktiv.Core.Common.Csv;

namespace MeAktiv.Core.Seeding;

/// <summary>A seed file is malformed; the message names the file and the line.</summary>
public sealed class SeedFormatException(string file, int line, string message)
    : Exception($"Seed-Datei {file}, Zeile {line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

/// <summary>
/// Reads a seed CSV file: UTF-8 (BOM allowed), separator <c>;</c>, first line a header, German decimal comma,
/// dates <c>JJJJ-MM-TT</c>, empty field = null. Fields may be quoted the way Excel quotes them (split by the shared
/// <see cref="CsvReader"/>, which the figure import uses too).
/// </summary>
internal static class SeedCsv
{
    public const char Separator = ';';

    public static IReadOnlyList<SeedCsvRow> Read(string path, params string[] requiredColumns)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new SeedFormatException(path, 0, "Die Datei fehlt.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var lines = CsvReader.ReadLines(reader, Separator).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new SeedFormatException(path, 1, "Die Kopfzeile fehlt.");
        }

        var header = Fields(lines.Current, path);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i].Trim(), i))
            {
                throw new SeedFormatException(path, 1, $"Die Spalte '{header[i]}' kommt doppelt vor.");
            }
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new SeedFormatException(path, 1,
                $"Spalte(n) fehlen: {string.Join(", ", missing)} (erwartet: {string.Join(";", requiredColumns)}).");
        }

        var rows = new List<SeedCsvRow>();
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.Fields is [var only] && string.IsNullOrWhiteSpace(only))
            {
                continue;
            }

            var fields = Fields(line, path);
            if (fields.Length != header.Length)
            {
                throw new SeedFormatException(path, line.Number,
                    $"{fields.Length} Felder statt {header.Length} (Trennzeichen ist '{Separator}').");
            }

            rows.Add(new SeedCsvRow(path, line.Number, columns, fields));
        }

        return rows;
    }

    private static string[] Fields(CsvLine line, string path) =>
        line.Error is null ? line.Fields : throw new SeedFormatException(path, line.Number, line.Error);
}
