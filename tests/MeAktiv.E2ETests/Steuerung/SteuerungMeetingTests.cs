using System.Text.Json;
using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Steuerung;

/// <summary>
/// The review meeting in the browser: the Bereichsleitung opens a meeting, finds the red targets on the agenda (the
/// same the attainment API reports red), records a measure with owner and due date, closes the meeting; the owner
/// sees the measure on the start page, and the measure page shows the indicator's curve with the start marked.
/// </summary>
[Collection(SteuerungCollection.Name)]
public sealed partial class SteuerungMeetingTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _page = await _browser.NewPageAsync(); // a new browser context: signed out, nothing left from other tests
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Meeting_agenda_measure_close_then_owner_start_page_and_curve()
    {
        await _page.SignInAtAsync("/sitzungen", "bl@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await _page.GetByTestId("new-meeting").ClickAsync();
        await _page.GetByTestId("meeting-create").ClickAsync(); // defaults: Zielnachhaltungsgespräch, Jobcenter, the default month
        await Expect(_page).ToHaveURLAsync(MeetingUrl());
        await _page.WaitForCircuitAsync();

        var red = await RedIndicatorsAsync();
        red.ShouldNotBeEmpty("the demo data has red targets at the Jobcenter in 05/2015, the latest complete month");
        foreach (var code in red)
        {
            await Expect(_page.Locator($"[data-testid=agenda] tr[data-kind=RedTarget][data-indicator='{code}']")).ToBeVisibleAsync();
        }

        await Expect(_page.Locator("[data-testid=agenda] tr[data-kind=RedTarget]")).ToHaveCountAsync(red.Count);

        await _page.GetByTestId("measure-title").FillAsync("Vermittlungsoffensive Velbert");
        await _page.GetByTestId("measure-owner").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "VEL-MI" }).First.ClickAsync();
        await Expect(_page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(_page.GetByTestId("measure-form")).ToContainTextAsync("VEL-MI");
        await _page.GetByTestId("measure-save").ClickAsync();
        var row = _page.Locator("[data-testid=measure-table] tr[data-measure]").Filter(new() { HasText = "Vermittlungsoffensive Velbert" });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("31.10.2015"); // due: three months after the start (the meeting day)

        await _page.GetByTestId("meeting-close").ClickAsync();
        await Expect(_page.GetByTestId("meeting-state")).ToContainTextAsync("abgeschlossen");
        await Expect(_page.GetByTestId("measure-form")).ToHaveCountAsync(0);

        var owner = await _browser.NewPageAsync(); // the owner in a browser of their own
        await owner.SignInAtAsync("/", "tl-vel-mi@me-aktiv.example", KestrelAppFixture.DemoPassword);
        var mine = owner.GetByTestId("my-measures");
        await Expect(mine).ToContainTextAsync("Vermittlungsoffensive Velbert");
        await mine.GetByRole(AriaRole.Link, new() { Name = "Vermittlungsoffensive Velbert" }).ClickAsync();
        await Expect(owner.GetByTestId("measure-heading")).ToHaveTextAsync("Vermittlungsoffensive Velbert");
        var curve = owner.GetByTestId("measure-curve").First;
        await Expect(curve).ToHaveAttributeAsync("data-start", "2015-07");
        await Expect(curve.Locator("svg path").First).ToBeAttachedAsync();
        await Expect(curve).ToContainTextAsync("▲ Jul 15");
        await Expect(owner.GetByTestId("measure-start-mark")).ToContainTextAsync("Beginn der Maßnahme: 07/2015");
    }

    private async Task<List<string>> RedIndicatorsAsync()
    {
        // Without a month the API answers for the default month (the latest complete one), as a new meeting's agenda does:
        // one Datenstand for both. In the demo data that is May 2015 (June is not submitted).
        var response = await _page.Context.APIRequest.GetAsync("/api/v1/attainment?unit=JC&year=2015");
        response.Ok.ShouldBeTrue(await response.TextAsync());
        using var json = JsonDocument.Parse(await response.TextAsync());
        json.RootElement.GetProperty("month").GetInt32().ShouldBe(5);
        return json.RootElement.GetProperty("indicators").EnumerateArray()
            .Where(r => r.GetProperty("light").GetString() == "red")
            .Select(r => r.GetProperty("indicator").GetString()!)
            .ToList();
    }

    [GeneratedRegex(@"/sitzungen/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}

/// <summary>The review-meeting browser test changes data: its own app and database.</summary>
[CollectionDefinition(Name)]
public sealed class SteuerungCollection : ICollectionFixture<KestrelAppFixture>
{
    public const string Name = "Steuerung";
}
