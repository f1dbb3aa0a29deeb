using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// <c>GET /api/v1/deviations/uncommented?year=&amp;month=</c>: the off-track targets of submitted or closed unit-months
/// without a comment, for the Bereichsleitung (its area) and the Geschäftsführung; the same Core query as the
/// Monatsabschluss page (<see cref="DeviationQueries.UncommentedAsync"/>).
/// </summary>
public static class DeviationsApi
{
    public static RouteGroupBuilder MapDeviationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deviations/uncommented", async (int? year, int? month, HttpContext http, DeviationQueries queries) =>
        {
            if (year is null || month is null or < 1 or > 12 || !YearMonth.IsValidYear(year.Value))
            {
                return Results.Problem(statusCode: 400, detail: "Bitte Jahr (2000–2100) und Monat (1–12) angeben, z. B. ?year=2015&month=6.");
            }

            var scope = await http.ScopeAsync();
            return DeviationQueries.MaySeeUncommented(scope)
                ? Results.Ok(await queries.UncommentedAsync(scope, year.Value, month.Value, http.RequestAborted))
                : Results.Problem(statusCode: 403, detail: "Die unkommentierten Abweichungen sehen die Bereichsleitung und die Geschäftsführung.");
        });
        return api;
    }
}
