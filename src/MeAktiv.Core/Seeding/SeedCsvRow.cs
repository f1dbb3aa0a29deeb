using System.Globalization;
using System.Text;
using MeAktiv.Core.Common;

namespace MeAktiv.Core.Seeding;

/// <summary>One data line of a seed file with typed, validating accessors (errors name file and line).</summary>
internal sealed class SeedCsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    // No thousands separator: "17.970" and "21.4" are rejected instead of silently read as 17970 and 214.
    private const NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite |
        NumberStyles.AllowTrailingWhite;

    public string File => file;

    public int Line => line;

    public SeedFormatException Error(string message) => new(file, line, message);

    public string? OptionalText(string column)
    {
        var value = fields[columns[column]].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Text(string column) =>
        OptionalText(column) ?? throw Error($"Das Feld '{column}' ist leer.");

    /// <summary>A code: upper-case letters, digits and hyphens, at most 20 characters.</summary>
    public string Code(string column)
    {
        var value = Text(column);
        if (value.Length > 20 || !value.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
        {
            throw Error($"'{value}' in '{column}' ist kein gültiger Code (Großbuchstaben, Ziffern, Bindestrich, höchstens 20 Zeichen).");
        }

        return value;
    }

    public int Int(string column)
    {
        var value = Text(column);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, German.Culture, out var result)
            ? result
            : throw Error($"'{value}' in '{column}' ist keine ganze Zahl.");
    }

    public decimal? OptionalDecimal(string column)
    {
        var value = OptionalText(column);
        if (value is null)
        {
            return null;
        }

        return decimal.TryParse(value, DecimalStyle, German.Culture, out var result)
            ? result
            : throw Error($"'{value}' in '{column}' ist keine Zahl (Dezimalkomma, ohne Tausenderpunkt, z. B. 21,4).");
    }

    public decimal Decimal(string column) =>
        OptionalDecimal(column) ?? throw Error($"Das Feld '{column}' ist leer.");

    public DateOnly? OptionalDate(string column)
    {
        var value = OptionalText(column);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"'{value}' in '{column}' ist kein Datum im Format JJJJ-MM-TT.");
    }

    public DateOnly Date(string column) =>
        OptionalDate(column) ?? throw Error($"Das Feld '{column}' ist leer.");

    /// <summary>A month <c>JJJJ-MM</c>.</summary>
    public (int Year, int Month) Month(string column)
    {
        var value = Text(column);
        return DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
               && value.Length == 7
            ? (date.Year, date.Month)
            : throw Error($"'{value}' in '{column}' ist kein Monat im Format JJJJ-MM.");
    }

    /// <summary>An enum member by name (flags as <c>Team, Jobcenter</c>); numbers are not accepted.</summary>
    public T Enum<T>(string column)
        where T : struct, Enum
    {
        var value = Text(column);
        var names = value.Split(',', StringSplitOptions.TrimEntries);
        if (names.All(n => System.Enum.GetNames<T>().Contains(n, StringComparer.Ordinal))
            && System.Enum.TryParse<T>(value, ignoreCase: false, out var result))
        {
            return result;
        }

        throw Error($"'{value}' in '{column}' ist ungültig. Erlaubt: {string.Join(", ", System.Enum.GetNames<T>())}.");
    }

    /// <summary><c>1</c> or <c>0</c>; empty is <c>0</c>.</summary>
    public bool Flag(string column) => OptionalText(column) switch
    {
        null or "0" => false,
        "1" => true,
        var other => throw Error($"'{other}' in '{column}' ist ungültig. Erlaubt: 1 oder 0."),
    };
}
