using System.Text.Json;
using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace MeAktiv.Web.Features.Figures;

/// <summary><c>GET /api/v1/actuals</c> and <c>PUT /api/v1/actuals/{unit}/{indicator}/{component}/{month}</c>.</summary>
public static class ActualsApi
{
    public static RouteGroupBuilder MapActualsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actuals", async (string? unit, int? year, HttpContext http, ActualsQueries actuals) =>
        {
            if (string.IsNullOrWhiteSpace(unit) || year is not { } y || !YearMonth.IsValidYear(y))
            {
                return Results.Problem(statusCode: 400, detail: "Bitte Einheit und Jahr angeben, z. B. ?unit=VEL-MI&year=2015.");
            }

            var rows = await actuals.ForUnitAsync(await http.ScopeAsync(), unit, year.Value, http.RequestAborted);
            return rows is null
                ? Results.Problem(statusCode: 404, detail: $"Die Einheit '{unit}' gibt es nicht oder sie ist nicht sichtbar.")
                : Results.Ok(rows.Select(r => new
                {
                    Month = $"{r.Year:D4}-{r.Month:D2}", r.Indicator, r.Component, r.Value, r.Version,
                    Status = r.State.ToString(), r.UpdatedBy, r.UpdatedAt, r.Suppressed,
                }));
        });

        api.MapPut("/actuals/{unit}/{indicator}/{component}/{month}", async (
            string unit, string indicator, string component, string month, [FromBody] PutActualRequest body,
            HttpContext http, FigureEntryService figures) =>
        {
            if (YearMonth.Parse(month) is not { } first)
            {
                return Invalid("Monat", YearMonth.FormatMessage);
            }

            if (ParseValue(body.Value) is not { } value)
            {
                return Invalid("Wert", "Der Wert muss eine Zahl sein (JSON-Zahl, z. B. 123 oder 21.4).");
            }

            Guid? version = null;
            if (!string.IsNullOrEmpty(body.Version))
            {
                if (!Guid.TryParse(body.Version, out var parsed))
                {
                    return Invalid("Version", "Die Version ist ungültig.");
                }

                version = parsed;
            }

            var input = new FigureInput(unit, indicator, component, first.Year, first.Month, value, version,
                body.Confirm ?? body.ConfirmJump ?? false, body.Reason);
            var outcome = await figures.SaveAsync(await http.ScopeAsync(), [input], ct: http.RequestAborted);
            return outcome.Status switch
            {
                SaveStatus.Saved => Results.Ok(new { outcome.Saved[0].Value, outcome.Saved[0].Version }),
                SaveStatus.Forbidden => Results.Problem(statusCode: 403, detail: outcome.Errors[0].Message),
                SaveStatus.Closed => Results.Problem(statusCode: 409, title: "Monat abgeschlossen", detail: outcome.Errors[0].Message),
                SaveStatus.Conflict => Conflict(outcome.Conflicts[0]),
                SaveStatus.NeedsConfirmation => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Bestätigung nötig", detail: string.Join(" ", outcome.Errors.Select(e => e.Message)),
                    extensions: Findings(outcome.Errors)),
                _ => Results.ValidationProblem(
                    outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                    detail: string.Join(" ", outcome.Errors.Select(e => e.Message)), title: "Ungültige Eingabe",
                    extensions: Findings(outcome.Errors)),
            };
        });
        return api;
    }

    /// <summary>The machine-readable part: <c>code</c> of the first plausibility finding, <c>findings</c> with every message.</summary>
    private static Dictionary<string, object?> Findings(IReadOnlyList<FigureError> errors) => new()
    {
        ["code"] = errors.FirstOrDefault(e => e.Code is not null)?.Code,
        ["findings"] = errors.Select(e => new { e.Code, e.Field, e.Message, Confirmable = e.IsSoft }).ToList(),
    };

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Ungültige Eingabe");

    private static IResult Conflict(FigureConflict c) => Results.Problem(statusCode: 409, title: "Konflikt",
        detail: c.StoredVersion is null
            ? "Der Wert wurde inzwischen gelöscht. Bitte neu laden."
            : $"Der Wert wurde inzwischen von {c.UpdatedBy} am {German.Time(c.UpdatedAt)} auf {c.StoredValue} geändert. " +
              "Bitte den aktuellen Wert prüfen und mit der neuen Version erneut speichern.",
        extensions: new Dictionary<string, object?>
        {
            ["storedValue"] = c.StoredValue, ["storedVersion"] = c.StoredVersion, ["updatedBy"] = c.UpdatedBy, ["updatedAt"] = c.UpdatedAt,
        });

    private static decimal? ParseValue(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetDecimal(out var d) => d,
        _ => null,
    };
}

/// <summary>
/// Body of <c>PUT /api/v1/actuals/…</c>: the value and the version the caller saw (omitted for a new value);
/// <c>confirm</c> with a <c>reason</c> confirms soft plausibility findings (<c>confirmJump</c>: the old name of <c>confirm</c>).
/// </summary>
public sealed record PutActualRequest(JsonElement? Value, string? Version, bool? Confirm, string? Reason, bool? ConfirmJump);
