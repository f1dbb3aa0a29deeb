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

    /// <summary>
    /// Sends the same PUT <paramref name="count"/> times at once (body by index) and checks that exactly one is saved
    /// and every other one gets 409 (never a 500); returns the winner's answer.
    /// </summary>
    public static async Task<JsonElement> PutConcurrentlyWithOneWinnerAsync(this HttpClient client, string path, Func<int, object> body,
        int count = 12)
    {
        var ct = TestContext.Current.CancellationToken;
        var answers = await Task.WhenAll(Enumerable.Range(1, count).Select(i => client.PutAsync(path, body(i))));
        var texts = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync(ct)));
        var codes = string.Join(", ", answers.Select((a, i) => $"{(int)a.StatusCode} {texts[i]}"));
        answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.OK).ShouldBe(1, codes);
        answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.Conflict).ShouldBe(count - 1, codes);
        return JsonDocument.Parse(texts[Array.FindIndex(answers, a => a.StatusCode == System.Net.HttpStatusCode.OK)]).RootElement;
    }

    /// <summary>
    /// The team lead's K2 integrations of July 2015 (no figure yet; June's value, so no plausibility finding) saved 12
    /// times at once: one winner, the others 409, one new figure with one audit entry.
    /// </summary>
    public static async Task ShouldStoreOneOfConcurrentFirstSavesAsync(this MeAktivAppFactory app, string team)
    {
        using var tl = await app.CreateApiClientAsync(DemoAccounts.Teamleitung(team));
        var june = (await tl.ActualAsync(team, "2015-06", "K2", "INT")).GetProperty("value").GetDecimal();
        var before = await app.CountsAsync();

        await tl.PutConcurrentlyWithOneWinnerAsync($"{team}/K2/INT/2015-07", _ => new { value = june });

        var after = await app.CountsAsync();
        (after.Figures, after.Audit).ShouldBe((before.Figures + 1, before.Audit + 1));
    }

    /// <summary>Row counts of figures and audit entries: equal before and after means nothing was stored.</summary>
    public static async Task<(int Figures, int Audit, decimal Sum)> CountsAsync(this MeAktivAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var values = await db.MonthlyValues.Select(v => v.Value).ToListAsync(TestContext.Current.CancellationToken);
        return (values.Count, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken), values.Sum());
    }
}
