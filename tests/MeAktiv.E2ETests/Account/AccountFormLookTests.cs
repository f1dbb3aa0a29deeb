using System.Globalization;
using System.Text.RegularExpressions;
using MeAktiv.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeAktiv.E2ETests.Account;

/// <summary>
/// Issue 20, first contact: the E-Mail and Passwort inputs had no border on the white page. Every input of the static
/// account forms (login, password change) has a visible border with a contrast of at least 3:1 to the page (WCAG
/// 1.4.11), measured on the computed style in Chromium; and the browser's <c>/favicon.ico</c> answers 200.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountFormLookTests(KestrelAppFixture app) : IAsyncLifetime
{
    private readonly BrowserSessions _browser = new(app);
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _page = await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Login_and_password_inputs_have_a_visible_border_and_the_favicon_is_served()
    {
        await _page.GotoAsync("/account/login");
        await ExpectBorderedAsync("#email", "#password");
        (await _page.Locator("link[rel=icon]").GetAttributeAsync("href")).ShouldBe("favicon.ico");
        var icon = await _page.APIRequest.GetAsync("/favicon.ico");
        icon.Status.ShouldBe(200);
        icon.Headers["content-type"].ShouldBe("image/x-icon");

        await _page.SubmitLoginAsync("gf@me-aktiv.example", KestrelAppFixture.DemoPassword);
        await Expect(_page).ToHaveURLAsync(app.BaseUrl);
        await _page.GotoAsync("/account/passwort");
        await ExpectBorderedAsync("#current", "#new", "#repeat");
    }

    private async Task ExpectBorderedAsync(params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var style = await _page.Locator(selector).EvaluateAsync<string[]>(
                "e => { const s = getComputedStyle(e); return [s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.borderBottomStyle, getComputedStyle(document.body).backgroundColor]; }");
            style[0].ShouldNotBe("0px", selector);
            style[1].ShouldBe("solid", selector);
            style[3].ShouldBe("solid", selector);
            var background = style[4] is "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : style[4];
            Contrast(style[2], background).ShouldBeGreaterThanOrEqualTo(3.0, $"{selector}: {style[2]} on {background}");
        }
    }

    /// <summary>WCAG contrast ratio of two CSS <c>rgb(r, g, b)</c> colours.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var c = Rgb().Matches(rgb).Take(3).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture) / 255)
            .Select(v => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Rgb();
}
