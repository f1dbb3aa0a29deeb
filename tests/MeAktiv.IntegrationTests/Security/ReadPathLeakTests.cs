using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// No read path leaks across scopes (issue 17, findings 1 and 2). Every row of <see cref="ReadPaths"/> is read as the
/// Träger (sees no team) and as the Teamleitung of team B (sees no other team): the answer names no unit the caller may
/// not see (code or name) and not the title of team A's measure — also where a meeting's agenda, built by the
/// Geschäftsführung, lists them. For the Träger, with every count "small" (<see cref="LeakProbeAppFactory.MinCellSize"/>),
/// every count of the answer is null or 0, and no count the Geschäftsführung reads on the same path shows up in the
/// page or the XLSX.
/// </summary>
public sealed class ReadPathLeakTests(LeakProbeAppFactory app) : IClassFixture<LeakProbeAppFactory>
{
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int> Rows => new(Enumerable.Range(0, ReadPaths.All.Count));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_traeger_reads_no_team_and_no_small_count(int row)
    {
        var path = ReadPaths.All[row];
        var objects = await app.ObjectsAsync();
        var answer = await ReadAsync(DemoAccounts.Traeger, path, objects);
        answer.Status.ShouldBe(HttpStatusCode.OK, $"{path}: {answer.Text}");
        await ShouldNameNothingHiddenAsync(DemoAccounts.Traeger, path, answer);
        if (path.Counts is null)
        {
            return;
        }

        var kinds = await KindsAsync();
        var source = path.CountSource is { } s ? objects.Resolve(s) : objects.Resolve(path.Url);
        var forTraeger = await JsonAsync(DemoAccounts.Traeger, source);
        var forGf = await JsonAsync(DemoAccounts.Geschaeftsfuehrung, source);
        var gfCounts = Numbers(path.Counts(forGf, kinds)).Where(v => v != 0).ToList();
        gfCounts.ShouldNotBeEmpty($"{path}: the Geschäftsführung reads counts here, so the check is not empty");
        path.Counts(forTraeger, kinds).ShouldAllBe(v => v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Number && v.GetDecimal() == 0),
            $"{path}: a count reaches the Träger");

        // Counts the Geschäftsführung reads here and the Träger reads nowhere in the same JSON: never in the page or file.
        var seen = Numbers(AllNumbers(forTraeger)).Select(v => Math.Round(v)).ToHashSet();
        var hidden = gfCounts.Where(v => !seen.Contains(Math.Round(v))).ToList();
        switch (path.Format)
        {
            case ReadFormat.Xlsx:
                answer.Cells.Where(c => c.DataType == XLDataType.Number).Select(c => Math.Round((decimal)c.GetDouble()))
                    .Intersect(hidden.Select(v => Math.Round(v))).ShouldBeEmpty($"{path}: a hidden count is in the XLSX");
                break;
            case ReadFormat.Page:
                foreach (var value in hidden.Where(v => Math.Abs(v) >= 1000))
                {
                    answer.Text.ShouldNotContain(Math.Round(value).ToString("N0", De), Case.Sensitive, $"{path}: hidden count {value} on the page");
                    answer.Text.ShouldNotContain(Math.Truncate(value).ToString("N0", De) + ",", Case.Sensitive, $"{path}: hidden count {value} on the page");
                }

                break;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_teamleitung_reads_nothing_of_another_team(int row)
    {
        var path = ReadPaths.All[row];
        var account = DemoAccounts.Teamleitung("HIL-LG");
        var answer = await ReadAsync(account, path, await app.ObjectsAsync());
        if (path.TeamLeadRefused)
        {
            answer.Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            return;
        }

        answer.Status.ShouldBe(HttpStatusCode.OK, $"{path}: {answer.Text}");
        await ShouldNameNothingHiddenAsync(account, path, answer);
    }

    [Fact]
    public async Task The_agenda_of_a_jobcenter_meeting_still_lists_the_teams_for_the_leads()
    {
        var objects = await app.ObjectsAsync();
        var agenda = (await JsonAsync(DemoAccounts.Geschaeftsfuehrung, $"/api/v1/meetings/{objects.AgendaMeeting}")).GetProperty("agenda");
        var items = agenda.EnumerateArray().ToList();
        items.ShouldContain(i => i.GetProperty("text").GetString() == LeakProbeAppFactory.TeamMeasureTitle);
        items.Count(i => i.GetProperty("kind").GetString() == "MissingMonth").ShouldBeGreaterThan(1);
        items.Select(i => i.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, items.Count));

        var forTraeger = (await JsonAsync(DemoAccounts.Traeger, $"/api/v1/meetings/{objects.AgendaMeeting}")).GetProperty("agenda")
            .EnumerateArray().ToList();
        forTraeger.Count.ShouldBeLessThan(items.Count);
        forTraeger.Select(i => i.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, forTraeger.Count),
            "numbered anew: the numbers do not tell how many items were left out");
        var teamLead = (await JsonAsync(DemoAccounts.Teamleitung("VEL-MI"), $"/api/v1/meetings/{objects.AgendaMeeting}")).GetProperty("agenda");
        teamLead.EnumerateArray().ShouldContain(i => i.GetProperty("text").GetString() == LeakProbeAppFactory.TeamMeasureTitle);
    }

    private async Task ShouldNameNothingHiddenAsync(string account, ReadPath path, Answer answer)
    {
        foreach (var text in await ForbiddenAsync(account))
        {
            answer.Text.ShouldNotContain(text, Case.Sensitive, $"{account} reads '{text}' on {path}");
        }
    }

    /// <summary>Codes and names of the units the Geschäftsführung sees and the caller does not (unless part of a visible
    /// unit's code or name), and the title of team A's measure.</summary>
    private async Task<IReadOnlyList<string>> ForbiddenAsync(string account)
    {
        static IEnumerable<string> Words(JsonElement units) =>
            units.EnumerateArray().SelectMany(u => new[] { u.GetProperty("code").GetString()!, u.GetProperty("name").GetString()! });
        var all = Words(await JsonAsync(DemoAccounts.Geschaeftsfuehrung, "/api/v1/org-units")).ToHashSet();
        var visible = Words(await JsonAsync(account, "/api/v1/org-units")).ToHashSet();
        visible.ShouldNotContain("VEL-MI");
        return [.. all.Except(visible).Where(w => !visible.Any(v => v.Contains(w, StringComparison.Ordinal))), LeakProbeAppFactory.TeamMeasureTitle];
    }

    private async Task<CountKinds> KindsAsync()
    {
        var indicators = await JsonAsync(DemoAccounts.Geschaeftsfuehrung, "/api/v1/indicators");
        var counts = indicators.EnumerateArray().Where(CountKinds.IsCountUnit).Select(i => i.GetProperty("code").GetString()!).ToHashSet();
        var people = indicators.EnumerateArray()
            .SelectMany(i => i.GetProperty("components").EnumerateArray().Select(c => (Indicator: i.GetProperty("code").GetString()!, Component: c)))
            .Where(x => x.Component.GetProperty("unit").GetString() is "Count" or "Stock")
            .Select(x => (x.Indicator, x.Component.GetProperty("code").GetString()!)).ToHashSet();
        return new CountKinds(counts, people);
    }

    private async Task<Answer> ReadAsync(string account, ReadPath path, LeakProbeObjects objects)
    {
        var url = objects.Resolve(path.Url);
        var client = path.Format == ReadFormat.Page ? await app.BrowserAsync(account) : await app.ApiAsync(account);
        using var response = await client.GetAsync(url, Ct);
        if (!response.IsSuccessStatusCode || path.Format != ReadFormat.Xlsx)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            var text = path.Format switch
            {
                ReadFormat.Page => WebUtility.HtmlDecode(body),
                ReadFormat.Json when response.IsSuccessStatusCode => string.Join("\n", Strings(JsonDocument.Parse(body).RootElement)),
                _ => body,
            };
            return new Answer(response.StatusCode, text, []);
        }

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var cells = workbook.Worksheets.SelectMany(w => w.CellsUsed()).ToList();
        var strings = workbook.Worksheets.Select(w => w.Name).Concat(cells.Select(c => c.GetFormattedString()));
        return new Answer(response.StatusCode, string.Join("\n", strings), cells.Select(c => new Cell(c.DataType, c.DataType == XLDataType.Number ? c.GetDouble() : 0)).ToList());
    }

    private async Task<JsonElement> JsonAsync(string account, string url)
    {
        var client = await app.ApiAsync(account);
        return await client.GetFromJsonAsync<JsonElement>(url, Ct);
    }

    private static IEnumerable<string> Strings(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static IEnumerable<JsonElement> AllNumbers(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number => [json],
        JsonValueKind.Array => json.EnumerateArray().SelectMany(AllNumbers),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => AllNumbers(p.Value)),
        _ => [],
    };

    private static IEnumerable<decimal> Numbers(IEnumerable<JsonElement> values) =>
        values.Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDecimal());

    private sealed record Cell(XLDataType DataType, double Number)
    {
        public double GetDouble() => Number;
    }

    private sealed record Answer(HttpStatusCode Status, string Text, IReadOnlyList<Cell> Cells);
}
