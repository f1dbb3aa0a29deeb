using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>Import files for the tests (CSV as German Excel writes it, XLSX) and the calls of /api/v1/imports.</summary>
internal static class ImportFiles
{
    public const string Header = "Monat;Einheit;Kennzahl;Komponente;Wert";

    /// <summary>UTF-8 without BOM, CRLF (as Excel writes), header first unless the lines bring their own.</summary>
    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    public static byte[] CsvLines(IEnumerable<string> lines) => Csv([.. lines]);

    /// <summary>An XLSX whose first sheet holds exactly these rows (the first one is the header).</summary>
    public static byte[] Xlsx(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), v)).ToDictionary(x => x.Key, x => x.v)),
            printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <param name="fields">More form fields (e.g. <c>confirm</c>, <c>reason</c>).</param>
    /// <param name="query">A query string, e.g. <c>?confirm=true&amp;reason=…</c>.</param>
    public static Task<HttpResponseMessage> PostImportAsync(this HttpClient client, string fileName, byte[] content, bool preview = false,
        IReadOnlyDictionary<string, string>? fields = null, string query = "")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return client.PostAsync((preview ? "/api/v1/imports/preview" : "/api/v1/imports") + query, form, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The Core import service called directly as the Geschäftsführung, as the import page does (a token the test can
    /// cancel while the import writes).
    /// </summary>
    public static async Task<ImportResult> ImportAsGfAsync(this MeAktivAppFactory app, byte[] file, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DemoAccounts.Geschaeftsfuehrung), new Claim(ClaimTypes.Role, Roles.Geschaeftsfuehrung)], "test"));
        var user = await scope.ServiceProvider.GetRequiredService<UserScopeService>().GetAsync(principal, ct);
        using var content = new MemoryStream(file);
        return await scope.ServiceProvider.GetRequiredService<FigureImportService>().ImportAsync(user, "gross.csv", content, ct: ct);
    }

    /// <summary>The body of a 200: rows, new, changed, unchanged.</summary>
    public static async Task<(int Rows, int New, int Changed, int Unchanged)> CountsAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("rows").GetInt32(), json.GetProperty("new").GetInt32(), json.GetProperty("changed").GetInt32(),
            json.GetProperty("unchanged").GetInt32());
    }

    /// <summary>The entries of <c>errors</c> or <c>warnings</c> (of a problem or a 200): (row, code, message).</summary>
    public static IReadOnlyList<(int? Row, string? Code, string Message)> Findings(this JsonElement body, string property) =>
        body.GetProperty(property).EnumerateArray().Select(e => (
            e.GetProperty("row").ValueKind == JsonValueKind.Number ? e.GetProperty("row").GetInt32() : (int?)null,
            e.GetProperty("code").GetString(),
            e.GetProperty("message").GetString()!)).ToList();

    /// <summary>The <c>errors</c> of a problem: (row, column, message).</summary>
    public static IReadOnlyList<(int? Row, string? Column, string Message)> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("row").ValueKind == JsonValueKind.Number ? e.GetProperty("row").GetInt32() : (int?)null,
            e.GetProperty("column").GetString(),
            e.GetProperty("message").GetString()!)).ToList();
}
