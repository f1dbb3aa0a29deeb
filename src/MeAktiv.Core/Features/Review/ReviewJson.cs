using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeAktiv.Core.Features.Review;

/// <summary>The frozen model's JSON: enums by name (stable when members are reordered), numbers in full precision.</summary>
public static class ReviewJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ReviewModel model) => JsonSerializer.Serialize(model, Options);

    public static ReviewModel Deserialize(string json) =>
        JsonSerializer.Deserialize<ReviewModel>(json, Options) ?? throw new JsonException("Leerer Stand der Präsentation.");
}
