using System.Globalization;
using System.Text;

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
/// dates <c>JJJJ-MM-TT</c>, empty field = null. Fields may be quoted the way Excel quotes them.
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

        var lines = System.IO.File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0)
        {
            throw new SeedFormatException(path, 1, "Die Kopfzeile fehlt.");
        }

        var header = Split(lines[0], path, 1);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
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

        var rows = new List<SeedCsvRow>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i], path, i + 1);
            if (fields.Count != header.Count)
            {
                throw new SeedFormatException(path, i + 1,
                    $"{fields.Count} Felder statt {header.Count} (Trennzeichen ist '{Separator}').");
            }

            rows.Add(new SeedCsvRow(path, i + 1, columns, fields));
        }

        return rows;
    }

    private static List<string> Split(string line, string path, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == Separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new SeedFormatException(path, lineNumber, "Ein Anführungszeichen wird nicht geschlossen.");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
