using System.Globalization;

namespace MeAktiv.Core.Common.Csv;

/// <summary>
/// Reads a number as German Excel writes it into a CSV file: decimal comma (<c>1234,5</c>), optional sign.
/// A thousands dot is accepted only in the exact German grouping — one to three digits, then groups of exactly three
/// (<c>17.970</c>, <c>1.234.567,89</c>) — because Excel writes it so for cells formatted with "1000er-Trennzeichen",
/// and in a decimal-comma file a dot can mean nothing else. Every other dot is refused instead of guessed:
/// <c>21.4</c>, <c>1234.5</c> or <c>1.23</c> come from an English-format source, and reading them as 214, 12345 or
/// 123 would store a wrong figure silently.
/// Written back by <see cref="German.Plain"/>.
/// </summary>
public static class GermanNumber
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint |
                                       NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        text = text.Trim();
        if (text.Length > 64 || !DigitsAroundComma(text))
        {
            value = 0;
            return false;
        }

        if (text.Contains('.'))
        {
            if (!HasGermanGrouping(text))
            {
                value = 0;
                return false;
            }

            Span<char> plain = stackalloc char[text.Length];
            var length = 0;
            foreach (var c in text)
            {
                if (c != '.')
                {
                    plain[length++] = c;
                }
            }

            text = plain[..length].ToArray();
        }

        return decimal.TryParse(text, Style, German.Culture, out value);
    }

    /// <summary>A decimal comma needs digits on both sides: <c>,5</c> and <c>1,</c> are typing errors, not numbers.</summary>
    private static bool DigitsAroundComma(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        return comma < 0 || (comma > 0 && char.IsAsciiDigit(text[comma - 1]) && comma < text.Length - 1 && char.IsAsciiDigit(text[comma + 1]));
    }

    private static bool HasGermanGrouping(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        var integer = comma < 0 ? text : text[..comma];
        if (integer.Length > 0 && integer[0] is '-' or '+')
        {
            integer = integer[1..];
        }

        var first = integer.IndexOf('.');
        if (first is < 1 or > 3)
        {
            return false;
        }

        var rest = integer[first..];
        if (rest.Length % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            var expectDot = i % 4 == 0;
            if (expectDot ? rest[i] != '.' : !char.IsAsciiDigit(rest[i]))
            {
                return false;
            }
        }

        return !integer[..first].ContainsAnyExceptInRange('0', '9');
    }
}
