using System.Globalization;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Security;
using MeAktiv.Web.Api;

namespace MeAktiv.Web.Features.Attainment;

/// <summary>
/// <c>GET /api/v1/attainment</c> (one month's attainment of every indicator at a unit, with the month used and its
/// Datenstand: coverage and the units that have not submitted) and <c>GET /api/v1/series</c> (each point with its
/// month's Datenstand): the engine's numbers in full precision, from submitted or closed figures only.
/// </summary>
public static class AttainmentApi
{
    public static RouteGroupBuilder MapAttainmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/attainment", async (string? unit, int? year, int? month, HttpContext http, AttainmentQueries queries,
            DatenstandQueries datenstand, SmallCellRule cells) =>
        {
            if (string.IsNullOrWhiteSpace(unit) || year is not (>= 2000 and <= 2100) || month is not (null or (>= 1 and <= 12)))
            {
                return Bad("Bitte Einheit und Jahr (2000–2100) und optional den Monat (1–12) angeben, z. B. ?unit=JC&year=2015&month=6.");
            }

            return await WithUnitAsync(async () =>
            {
                var scope = await http.ScopeAsync();
                var data = await queries.LoadAsync(scope, unit, year.Value, year.Value, http.RequestAborted);
                // Without a month: THE default month, the Jobcenter's latest complete month (docs/kennzahlen.md, Datenstand);
                // the Träger gets the latest complete month instead of one that is not complete.
                var (y, m) = await datenstand.ShownAsync(scope, new YearMonth(year.Value, month ?? data.DefaultMonth(year.Value)), http.RequestAborted);
                data = y == year.Value ? data : await queries.LoadAsync(scope, unit, y, y, http.RequestAborted);
                var coverage = data.CoverageOf(y, m);
                var changes = StructureChange.Visible(data.StructureChangesFor(y, m),
                    code => data.Datenstand.Find(code) is { } other && scope.CanSee(other.Id));
                return Results.Ok(new
                {
                    Unit = data.UnitCode, Year = y, Month = m, coverage.Coverage,
                    Adjusted = changes.Count > 0, Adjustments = changes.Select(c => c.ToJson()),
                    Missing = Visible(data, scope, coverage),
                    Indicators = data.IndicatorsOf(y)
                        .Select(i => (Indicator: i, Held: data.TargetOf(i, y, m)))
                        .Where(x => x.Held is not null || data.HasFigures(x.Indicator))
                        .Select(x => (x.Held, Masked: cells.Mask(scope, data.Calculate(x.Indicator, y, m, x.Held), x.Indicator.Unit)))
                        .Select(t => (Target: t.Held, t.Masked.Result, t.Masked.Suppressed))
                        .Select(x => new
                        {
                            x.Result.Indicator, x.Result.Actual, x.Result.Target,
                            TargetOrigin = x.Target?.Origin.ToString(), TargetHolder = x.Target?.HolderCode, TargetSource = x.Target?.Source,
                            x.Result.PhasedTarget, x.Result.Variance,
                            x.Result.RelativeVariance, x.Result.Ratio, Light = x.Result.Light.ToString().ToLowerInvariant(),
                            x.Result.Forecast, x.Result.ForecastMethod, x.Result.RequiredPerMonth, x.Result.Missing, x.Suppressed,
                        }),
                });
            });
        });

        api.MapGet("/series", async (string? unit, string? indicator, string? from, string? to, bool? adjusted, HttpContext http,
            AttainmentQueries queries, DatenstandQueries datenstand, SmallCellRule cells) =>
        {
            if (string.IsNullOrWhiteSpace(unit) || string.IsNullOrWhiteSpace(indicator)
                || ParseMonth(from) is not { } start || ParseMonth(to) is not { } end || end.CompareTo(start) < 0)
            {
                return Bad("Bitte Einheit, Kennzahl und den Zeitraum im Format JJJJ-MM angeben, " +
                           "z. B. ?unit=JC&indicator=K2&from=2014-01&to=2015-12.");
            }

            if (end.Year - start.Year > 20)
            {
                return Bad("Der Zeitraum darf höchstens 20 Jahre umfassen.");
            }

            return await WithUnitAsync(async () =>
            {
                // Rolling 12 months look back 12 months before the first one (and one more for the shifted denominator).
                var scope = await http.ScopeAsync();
                var data = await queries.LoadAsync(scope, unit, start.Year - 1, end.Year, adjusted ?? true, http.RequestAborted);
                var ind = data.FindIndicator(indicator);
                if (ind is null)
                {
                    return Results.Problem(statusCode: 404, detail: $"Die Kennzahl '{indicator}' gibt es nicht.");
                }

                // The Träger gets no month that is not complete (docs/kennzahlen.md, Datenstand).
                var complete = TraegerMonths.Applies(scope) ? await datenstand.LoadAsync(ct: http.RequestAborted) : null;
                return Results.Ok(data.Series(ind, start, end)
                    .Where(p => data.IsActive(ind, p.Year)) // no points of a year the indicator is switched off in
                    .Where(p => complete is null || TraegerMonths.IsComplete(complete, new YearMonth(p.Year, p.Month)))
                    .Select(p => (Point: p, Masked: cells.Mask(scope, p.Value, p.Rolling12, ind.Unit)))
                    .Select(x => (x.Point, x.Masked, Datenstand: data.CoverageOf(x.Point.Year, x.Point.Month)))
                    .Select(x => new
                    {
                        Month = $"{x.Point.Year:D4}-{x.Point.Month:D2}", x.Masked.Value, x.Masked.Rolling12, x.Masked.Suppressed,
                        Adjusted = data.StructureChangesFor(x.Point.Year, x.Point.Month).Count > 0,
                        x.Datenstand.Coverage, Missing = Visible(data, scope, x.Datenstand),
                    }));
            });
        });
        return api;
    }

    private static async Task<IResult> WithUnitAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (UnitNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: ex.Message);
        }
        catch (UnitForbiddenException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: ex.Message);
        }
    }

    /// <summary>The units of the month's coverage that have not submitted, those the caller may see (the others are
    /// counted in <c>coverage</c>, not named).</summary>
    private static IEnumerable<MissingUnit> Visible(AttainmentData data, UserScope scope, MonthCoverage coverage) =>
        coverage.Missing.Where(u => data.Datenstand.Find(u.Code) is { } x && scope.CanSee(x.Id));

    private static IResult Bad(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);

    private static YearMonth? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new YearMonth(d.Year, d.Month)
            : null;
}
