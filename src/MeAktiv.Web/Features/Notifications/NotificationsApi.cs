using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Notifications;
using MeAktiv.Core.Security;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Notifications;

/// <summary>
/// The Administration's outbox (<c>GET /api/v1/notifications/outbox</c>: queued, sent, failed and why), the run of the
/// rules now (<c>POST /api/v1/notifications/run</c>) and the rules' settings; every user's own notifications (the bell:
/// <c>GET /api/v1/notifications</c>, mark read) and mail choices (<c>…/settings</c>). docs/api.md.
/// </summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/notifications").RequireAuthorization(p => p.RequireRole(Roles.Administration));
        admin.MapGet("/outbox", async (string? status, NotificationQueries queries, HttpContext http) =>
            status is not null && !Enum.TryParse<OutboxStatus>(status, true, out _)
                ? Results.Problem(statusCode: 400, detail: "Status bitte als Queued, Sent, Failed oder AppOnly angeben.")
                : Results.Ok(new OutboxAnswer(queries.MailBlockedReason is null, queries.MailBlockedReason,
                    await queries.OutboxAsync(status is null ? null : Enum.Parse<OutboxStatus>(status, true), http.RequestAborted))));
        admin.MapPost("/run", async (NotificationRunner runner, OutboxSender sender, NotificationQueries queries, HttpContext http) =>
        {
            var queued = await runner.RunAsync(ct: http.RequestAborted);
            var sent = await sender.SendDueAsync(http.RequestAborted);
            return Results.Ok(new RunAnswer(queued, sent, queries.MailBlockedReason));
        });
        admin.MapGet("/rules", async (RuleSettingsService settings, HttpContext http) => Results.Ok(await settings.ListAsync(http.RequestAborted)));
        admin.MapPut("/rules/{key}", async (string key, RuleSettingInput body, RuleSettingsService settings, HttpContext http) =>
        {
            var result = await settings.SaveAsync(await http.ScopeAsync(), key, body, http.RequestAborted);
            return result.Failure switch
            {
                null => Results.Ok(result.Setting),
                NotificationFailure.Forbidden => Results.Problem(statusCode: 403, detail: result.Message),
                NotificationFailure.NotFound => Results.Problem(statusCode: 404, detail: result.Message),
                NotificationFailure.Conflict => Results.Problem(statusCode: 409, detail: result.Message),
                _ => Results.Problem(statusCode: 400, detail: result.Message),
            };
        });

        api.MapGet("/notifications", async (int? limit, NotificationQueries queries, HttpContext http) =>
        {
            var user = http.User.Identity?.Name ?? "";
            return Results.Ok(new MineAnswer(await queries.UnreadCountAsync(user, http.RequestAborted),
                await queries.MineAsync(user, limit ?? 50, http.RequestAborted)));
        });
        api.MapPost("/notifications/read", async (NotificationQueries queries, HttpContext http) =>
        {
            await queries.MarkReadAsync(http.User.Identity?.Name ?? "", null, http.RequestAborted);
            return Results.NoContent();
        });
        api.MapPost("/notifications/{id:guid}/read", async (Guid id, NotificationQueries queries, HttpContext http) =>
            await queries.MarkReadAsync(http.User.Identity?.Name ?? "", id, http.RequestAborted)
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, detail: "Diese Benachrichtigung gibt es nicht (oder sie gilt jemand anderem)."));
        api.MapGet("/notifications/settings", async (NotificationPreferenceService preferences, HttpContext http) =>
            Results.Ok(await preferences.ListAsync(http.User.Identity?.Name ?? "", http.RequestAborted)));
        api.MapPut("/notifications/settings", async (Dictionary<string, bool> body, NotificationPreferenceService preferences, HttpContext http) =>
            await preferences.SaveAsync(http.User.Identity?.Name ?? "", body, http.RequestAborted)
                ? Results.Ok(await preferences.ListAsync(http.User.Identity?.Name ?? "", http.RequestAborted))
                : Results.Problem(statusCode: 400, detail: "Unbekannte Regel. Erlaubt: " + string.Join(", ", NotificationRules.All.Select(r => r.Key)) + "."));
        return api;
    }

    public sealed record OutboxAnswer(bool MailConfigured, string? Reason, IReadOnlyList<OutboxRow> Messages);

    public sealed record RunAnswer(IReadOnlyList<OutboxRow> Queued, int Sent, string? Reason);

    public sealed record MineAnswer(int Unread, IReadOnlyList<OutboxRow> Items);
}
