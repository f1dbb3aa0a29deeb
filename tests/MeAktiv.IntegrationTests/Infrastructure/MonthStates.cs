using System.Net.Http.Json;
using System.Text.Json;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>The workflow state of a unit's month as <c>GET /api/v1/months</c> reports it.</summary>
public static class MonthStates
{
    public static async Task<string?> StateAsync(HttpClient api, string unit, int year, int month)
    {
        var rows = await api.GetFromJsonAsync<JsonElement>($"/api/v1/months?year={year}&month={month}", TestContext.Current.CancellationToken);
        return rows.EnumerateArray().Where(r => r.Text("code") == unit).Select(r => r.Text("state")).SingleOrDefault();
    }
}
