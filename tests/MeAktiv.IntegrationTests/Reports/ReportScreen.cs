using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace MeAktiv.IntegrationTests.Reports;

/// <summary>Reads what a report page shows (the server-rendered HTML, cells marked <c>data-cell</c>) and an exported XLSX.</summary>
internal static partial class ReportScreen
{
    public static async Task<Dictionary<string, string>> CellsAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return CellPattern().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value).Trim());
    }

    public static async Task<XLWorkbook> WorkbookAsync(HttpClient api, string url)
    {
        var response = await api.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return new XLWorkbook(new MemoryStream(bytes));
    }

    /// <summary>The row whose first cell is <paramref name="label"/>.</summary>
    public static IXLRow Row(IXLWorksheet sheet, string label) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == label);

    public static decimal Number(IXLCell cell) => (decimal)cell.GetDouble();

    [GeneratedRegex("data-cell=\"([^\"]+)\"[^>]*>([^<]*)</td>")]
    private static partial Regex CellPattern();
}
