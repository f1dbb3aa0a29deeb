using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Steuerung;

/// <summary>Small helpers for the review-process API (<c>/api/v1/measures</c>, <c>/meetings</c>, <c>/comments</c>).</summary>
internal static class SteuerungApiClient
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Measure(string unit = "VEL-MI", string owner = "tl-vel-mi@me-aktiv.example", string title = "Aktivierung Langzeitbezieher",
        string due = "2015-09-30", string[]? indicators = null, Guid? meetingId = null, Guid? version = null) => new
        {
            title,
            description = "Zusätzliche Gruppeninformationen",
            unitCode = unit,
            indicatorCodes = indicators ?? ["K2"],
            owner,
            startDate = "2015-06-01",
            dueDate = due,
            meetingId,
            version,
        };

    public static async Task<(Guid Id, Guid Version)> CreateMeasureAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/measures", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await IdAndVersionAsync(response);
    }

    public static Task<HttpResponseMessage> FollowUpAsync(this HttpClient client, Guid id, string? status, string? text, Guid version) =>
        client.PostAsJsonAsync($"/api/v1/measures/{id}/follow-ups", new { status, text, version }, Ct);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<(Guid Id, Guid Version)> IdAndVersionAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (json.GetProperty("id").GetGuid(), json.GetProperty("version").GetGuid());
    }

    /// <summary>A final 2015 target of the unit (e.g. far above its figures: red), written straight into the database.</summary>
    public static async Task AddTeamTargetAsync(this MeAktivAppFactory app, string unit, string indicator, decimal value)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var target = new Target
        {
            IndicatorId = await db.Indicators.Where(i => i.Code == indicator).Select(i => i.Id).SingleAsync(Ct),
            OrgUnitId = await db.OrgUnits.Where(u => u.Code == unit).Select(u => u.Id).SingleAsync(Ct),
            Year = 2015,
        };
        target.Versions.Add(new TargetVersion
        {
            TargetId = target.Id, Number = 1, Value = value, Status = TargetStatus.Final, DecidedOn = new DateOnly(2015, 1, 15),
            CreatedBy = "test", CreatedAt = DateTime.UtcNow,
        });
        db.Targets.Add(target);
        await db.SaveChangesAsync(Ct);
    }
}
