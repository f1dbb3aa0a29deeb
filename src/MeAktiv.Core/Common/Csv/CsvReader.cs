using System.Text;

namespace MeAktiv.Core.Common.Csv;

/// <summary>
/// Splits CSV text the way German Excel writes it ("CSV (Trennzeichen-getrennt)"): separator <c>;</c>, fields quoted
/// with <c>"</c> only when needed, a quote inside a quoted field doubled. Line by line and streaming: a file of any
/// size is read with constant memory. A quoted field cannot span lines (ME-aktiv's files hold codes and numbers, never
/// line breaks); an unclosed quote is an error of that line only, so a reader can report every bad line.
/// Used by the seed files (<c>Seeding/SeedCsv</c>) and the figure import (<c>Features/Import</c>).
/// </summary>
public static class CsvReader
{
    public const char DefaultSeparator = ';';

    /// <summary>Every line of the text, empty ones included (the caller decides whether to skip them).</summary>
    public static IEnumerable<CsvLine> ReadLines(TextReader reader, char separator = DefaultSeparator)
    {
        var number = 0;
        var field = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return Split(line, number, separator, field);
        }
    }

    /// <summary>Splits one line into fields (quotes removed).</summary>
    public static CsvLine Split(string line, int number, char separator = DefaultSeparator) =>
        Split(line, number, separator, new StringBuilder());

    private static CsvLine Split(string line, int number, char separator, StringBuilder field)
    {
        if (!line.Contains('"'))
        {
            return new CsvLine(number, line.Split(separator), null); // the usual case: no quoting at all
        }

        var fields = new List<string>();
        field.Clear();
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
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return new CsvLine(number, [.. fields], quoted ? "Ein Anführungszeichen wird nicht geschlossen." : null);
    }
}
