namespace MeAktiv.IntegrationTests.Api;

/// <summary>The bad values the fuzz test puts into route segments, query parameters and JSON bodies.</summary>
internal static class FuzzValues
{
    private static readonly string Long = new('x', 5000);

    /// <summary>Text for a route segment or a string parameter: months out of range, garbage, very long, odd characters.</summary>
    public static readonly string[] Strings =
    [
        "9999-12", "0000-00", "0001-01", "1000-01", "2015-00", "2015-13", "2015-999", "-2015-06", "99999-01", "2015-1",
        "abc", Long, "ä😀\u0001", "..%2F..%2Fetc", "' OR 1=1 --", "%", " ",
    ];

    public static readonly string[] Integers = ["9999", "-1", "0", "13", "999", "2147483647", "-2147483648", "99999999999", "abc", "1e5", ""];

    public static readonly string[] Dates = ["9999-12-31", "0001-01-01", "1000-01-01", "2999-12-31", "2015-02-30", "abc", "-1"];

    public static readonly string[] Booleans = ["maybe", "2", ""];

    public static readonly string[] Guids = ["not-a-guid", "00000000-0000-0000-0000-000000000000"];

    /// <summary>Values for one property of a JSON body (raw JSON).</summary>
    public static readonly string[] JsonValues =
    [
        "9999", "-1", "99999999999999999999", "1e400", $"\"{Long}\"", "\"9999-12-31\"", "\"abc\"", "null", "[]", "{}", "true",
    ];

    /// <summary>Whole bodies that are no JSON of any expected shape.</summary>
    public static readonly string[] JsonBodies =
    [
        "{", "{\"value\":", "[]", "null", "\"text\"", "12", "{\"a\":1,}", new string('[', 2000), "\u00ff\u00fe",
    ];

    /// <summary>Bad values of a query parameter of the given type.</summary>
    public static string[] For(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(decimal) ? Integers
            : t == typeof(DateOnly) || t == typeof(DateTime) ? Dates
            : t == typeof(bool) ? Booleans
            : t == typeof(Guid) ? Guids
            : t.IsEnum ? ["Nonsense", "999", "-1"]
            : Strings;
    }

    /// <summary>A valid value of a query parameter the matrix sample does not name.</summary>
    public static string Valid(string name, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return name.ToLowerInvariant() switch
        {
            "year" => "2015",
            "month" when t == typeof(int) => "6",
            "quarter" or "stichtag" => "2",
            "unit" => "VEL-MI",
            "indicator" or "code" => "K2",
            "component" => "INT",
            "from" when t == typeof(DateOnly) => "2015-01-01",
            "to" when t == typeof(DateOnly) => "2015-12-31",
            _ when t == typeof(int) => "1",
            _ when t == typeof(bool) => "false",
            _ when t.IsEnum => Enum.GetNames(t)[0],
            _ => "x",
        };
    }
}
