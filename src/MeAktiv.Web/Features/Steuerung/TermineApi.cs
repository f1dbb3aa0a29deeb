using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Steuerung;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Steuerung;

/// <summary>
/// Maintenance of the Termine: fixed dates (<c>/fixed-dates?year=</c>, <c>/fixed-dates/{code}</c>) and recurring meetings
/// (<c>/recurring-dates</c>, <c>/recurring-dates/{code}</c>). Every signed-in role reads; the Administration and the
/// Geschäftsführung create, change (with the version read; 409 when stale) and cancel (<c>DELETE …?version=</c>).
/// </summary>
public static class TermineApi
{
    public static RouteGroupBuilder MapTermineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/fixed-dates", async (int? year, FixedDateService service, HttpContext http) =>
            year is not { } y ? Results.Problem(statusCode: 400, detail: "Bitte das Jahr angeben, z. B. ?year=2015.")
            : !YearMonth.IsValidYear(y) ? Results.Problem(statusCode: 400, detail: YearMonth.YearRangeMessage)
            : Results.Ok(await service.ListAsync(y, http.RequestAborted)));
        api.MapPost("/fixed-dates", async (FixedDateInput body, HttpContext http, FixedDateService service) =>
            MasterDataResults.ToResult(await service.CreateAsync(await http.ScopeAsync(), body, http.RequestAborted), "/api/v1/fixed-dates/"));
        api.MapPut("/fixed-dates/{code}", async (string code, FixedDateInput body, HttpContext http, FixedDateService service) =>
            MasterDataResults.ToResult(await service.UpdateAsync(await http.ScopeAsync(), code, body, http.RequestAborted)));
        api.MapDelete("/fixed-dates/{code}", async (string code, Guid? version, HttpContext http, FixedDateService service) =>
            MasterDataResults.ToResult(await service.CancelAsync(await http.ScopeAsync(), code, version, http.RequestAborted)));

        api.MapGet("/recurring-dates", async (RecurringDateService service, HttpContext http) =>
            Results.Ok(await service.ListAsync(await http.ScopeAsync(), http.RequestAborted)));
        api.MapPost("/recurring-dates", async (RecurringDateInput body, HttpContext http, RecurringDateService service) =>
            MasterDataResults.ToResult(await service.CreateAsync(await http.ScopeAsync(), body, http.RequestAborted), "/api/v1/recurring-dates/"));
        api.MapPut("/recurring-dates/{code}", async (string code, RecurringDateInput body, HttpContext http, RecurringDateService service) =>
            MasterDataResults.ToResult(await service.UpdateAsync(await http.ScopeAsync(), code, body, http.RequestAborted)));
        api.MapDelete("/recurring-dates/{code}", async (string code, Guid? version, HttpContext http, RecurringDateService service) =>
            MasterDataResults.ToResult(await service.CancelAsync(await http.ScopeAsync(), code, version, http.RequestAborted)));
        return api;
    }
}
