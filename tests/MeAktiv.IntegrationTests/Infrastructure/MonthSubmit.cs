using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>Submitting a month as a team lead does it in the app: off-track targets (422 <c>comments-required</c>) are
/// commented, then the month is submitted with the comments (docs/api.md, submit).</summary>
public static class MonthSubmit
{
    public const string Text = "Kommentar aus dem Test";

    public static async Task<HttpResponseMessage> SubmitCommentingAsync(this HttpClient client, string unit, string month, CancellationToken ct)
    {
        var first = await client.PostAsync($"/api/v1/months/{unit}/{month}/submit", null, ct);
        if (first.StatusCode != HttpStatusCode.UnprocessableEntity)
        {
            return first;
        }

        var problem = await first.Content.ReadFromJsonAsync<JsonElement>(ct);
        var comments = problem.GetProperty("deviations").EnumerateArray()
            .Select(d => new { indicator = d.GetProperty("indicator").GetString(), text = Text }).ToList();
        return await client.PostAsJsonAsync($"/api/v1/months/{unit}/{month}/submit", new { comments }, ct);
    }
}
