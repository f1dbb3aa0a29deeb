using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>Small helpers over <c>/api/v1/actuals</c> and the database for the figure tests.</summary>
internal static class FiguresApiClient
{
    public static async Task<JsonElement> ActualAsync(this HttpClient client, string unit, string month, string indicator, string component)
    {
        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actuals?unit={unit}&year={month[..4]}",
            TestContext.Current.CancellationToken);
        return rows.EnumerateArray().Single(r => r.GetProperty("month").GetString() == month
            && r.GetProperty("indicator").GetString() == indicator && r.GetProperty("component").GetString() == component);
    }

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync($"/api/v1/actuals/{path}", body, TestContext.Current.CancellationToken);

    /// <summary>Row counts of figures and audit entries: equal before and after means nothing was stored.</summary>
    public static async Task<(int Figures, int Audit, decimal Sum)> CountsAsync(this MeAktivAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var values = await db.MonthlyValues.Select(v => v.Value).ToListAsync(TestContext.Current.CancellationToken);
        return (values.Count, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken), values.Sum());
    }
}
