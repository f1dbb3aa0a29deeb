using MeAktiv.Core.Common.Export;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Features.Review;

namespace MeAktiv.Web.Api;

/// <summary>Answers shared by the report-like endpoints (reports, review, dashboard): period checks, the known refusals
/// as German problem details, and JSON or XLSX by <c>format</c>.</summary>
internal static class ApiResults
{
    /// <summary>Runs <paramref name="action"/> with a year and a second period value (quarter, Stichtag …); a missing one
    /// is a 400 naming <paramref name="example"/>, a refused input a 400, a refused unit or review a 403.</summary>
    public static async Task<IResult> RunPeriodAsync(int? year, int? second, Func<int, int, Task<IResult>> action, string example)
    {
        if (year is null || second is null)
        {
            return Results.Problem(statusCode: 400, detail: $"Bitte Jahr und Zeitraum angeben, z. B. {example}.");
        }

        try
        {
            return await action(year.Value, second.Value);
        }
        catch (ReportInputException ex)
        {
            return Results.Problem(statusCode: 400, detail: ex.Message);
        }
        catch (ReviewForbiddenException ex)
        {
            return Results.Problem(statusCode: 403, detail: ex.Message);
        }
        catch (UnitForbiddenException ex)
        {
            return Results.Problem(statusCode: 403, detail: ex.Message);
        }
    }

    /// <summary>The model as JSON, or with <c>format=xlsx</c> the export as an XLSX download; any other format is a 400.</summary>
    public static IResult JsonOrXlsx<T>(T report, string? format, Func<ExportDocument> export, string fileName)
    {
        if (string.IsNullOrEmpty(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Ok(report);
        }

        return format.Equals("xlsx", StringComparison.OrdinalIgnoreCase)
            ? Results.File(XlsxExporter.Write(export()), XlsxExporter.ContentType, fileName + ".xlsx")
            : Results.Problem(statusCode: 400, detail: "Das Format muss 'json' oder 'xlsx' sein.");
    }

    /// <summary>A refused save as German problem details: with the field errors (camel-case keys, as the JSON body names
    /// them) when there are some, else with the text alone.</summary>
    public static IResult Refused(int statusCode, string? detail, IReadOnlyDictionary<string, string[]>? errors) =>
        errors is { Count: > 0 }
            ? Results.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => e.Value), detail: detail, statusCode: statusCode)
            : Results.Problem(statusCode: statusCode, detail: detail);

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
