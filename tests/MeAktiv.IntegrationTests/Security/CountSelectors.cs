using System.Text.Json;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>Which indicators are counts (unit Anzahl) and which raw components count people (kinds Count and Stock).</summary>
public sealed record CountKinds(IReadOnlySet<string> CountIndicators, IReadOnlySet<(string Indicator, string Component)> PeopleComponents)
{
    public bool IsCount(JsonElement row, string codeProperty) =>
        row.TryGetProperty(codeProperty, out var code) && code.GetString() is { } c && CountIndicators.Contains(c);

    public static bool IsCountUnit(JsonElement row) =>
        row.TryGetProperty("unit", out var unit) && unit.ToString() is "Anzahl" or "1";
}

/// <summary>The counts of people in each read path's JSON answer (see <see cref="ReadPaths"/>).</summary>
public static class CountSelectors
{
    public static IEnumerable<JsonElement> Attainment(JsonElement json, CountKinds kinds) =>
        Items(json, "indicators").Where(i => kinds.IsCount(i, "indicator")).SelectMany(i => Values(i, "actual", "forecast", "variance"));

    /// <summary>The rows of a series of a count (the URLs name K3).</summary>
    public static IEnumerable<JsonElement> Series(JsonElement json, CountKinds kinds) =>
        json.EnumerateArray().SelectMany(p => Values(p, "value", "rolling12"));

    public static IEnumerable<JsonElement> Actuals(JsonElement json, CountKinds kinds) =>
        json.EnumerateArray()
            .Where(r => kinds.PeopleComponents.Contains((r.GetProperty("indicator").GetString()!, r.GetProperty("component").GetString()!)))
            .SelectMany(r => Values(r, "value"));

    public static IEnumerable<JsonElement> Dashboard(JsonElement json, CountKinds kinds) =>
        Items(json, "cards").Where(CountKinds.IsCountUnit).SelectMany(Card);

    public static IEnumerable<JsonElement> Indicator(JsonElement json, CountKinds kinds) =>
        Card(json.GetProperty("card"))
            .Concat(Items(json, "path").SelectMany(p => Values(p, "actual", "forecast")))
            .Concat(Items(json, "lastYear").SelectMany(p => Values(p, "thisYear", "lastYear")))
            .Concat(Values(json.GetProperty("ranking"), "parentVariance", "sumOfContributions"))
            .Concat(Items(json.GetProperty("ranking"), "rows").SelectMany(r => Values(r, "actual", "variance", "contribution")))
            .Concat(Items(json, "components").Where(c => c.GetProperty("kind").GetString() is "Count" or "Stock")
                .SelectMany(c => Items(c, "thisYear").Concat(Items(c, "lastYear"))));

    public static IEnumerable<JsonElement> Report(JsonElement json, CountKinds kinds) =>
        Items(json, "parts").SelectMany(p => Items(p, "rows")).Where(CountKinds.IsCountUnit).SelectMany(r => Values(r, "actual", "forecast"));

    public static IEnumerable<JsonElement> Sec16a(JsonElement json, CountKinds kinds) =>
        Items(json, "cities").Append(json.GetProperty("total")).SelectMany(c => Items(c, "perService").Concat(Values(c, "sum")));

    public static IEnumerable<JsonElement> But(JsonElement json, CountKinds kinds) =>
        Items(json, "sites").SelectMany(s => Items(s, "cities").Append(s.GetProperty("subtotal")))
            .Concat(Items(json, "cities")).Append(json.GetProperty("total"))
            .SelectMany(l => Values(l, "processed", "open", "backlog"));

    public static IEnumerable<JsonElement> Review(JsonElement json, CountKinds kinds) =>
        Items(json, "targets").Concat(Items(json, "monitoring")).Where(CountKinds.IsCountUnit)
            .SelectMany(s => Values(s, "actual", "forecast").Concat(Items(s, "points").SelectMany(p => Values(p, "value"))));

    public static IEnumerable<JsonElement> Compare(JsonElement json, CountKinds kinds) =>
        Items(json, "lines").Where(CountKinds.IsCountUnit).SelectMany(l => Values(l, "frozenActual", "currentActual", "difference"));

    public static IEnumerable<JsonElement> Meeting(JsonElement json, CountKinds kinds) =>
        Items(json, "agenda").Where(CountKinds.IsCountUnit).SelectMany(i => Values(i, "actual"));

    private static IEnumerable<JsonElement> Card(JsonElement card) =>
        Values(card.GetProperty("result"), "actual", "forecast", "variance").Concat(Items(card, "sparkline").SelectMany(p => Values(p, "value")));

    private static IEnumerable<JsonElement> Items(JsonElement json, string property) =>
        json.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static IEnumerable<JsonElement> Values(JsonElement json, params string[] properties) =>
        properties.Where(p => json.TryGetProperty(p, out _)).Select(p => json.GetProperty(p));
}
