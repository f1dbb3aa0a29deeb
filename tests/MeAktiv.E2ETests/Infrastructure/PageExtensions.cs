using Microsoft.Playwright;

namespace MeAktiv.E2ETests.Infrastructure;

public static class PageExtensions
{
    /// <summary>
    /// Waits until the Blazor circuit is connected: pages render <c>&lt;span data-testid="interactive" hidden&gt;</c>
    /// once <c>RendererInfo.IsInteractive</c>. Clicks before that are lost (the prerendered HTML has no handlers).
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Signs in through the login page (a static server-rendered form: no circuit needed).</summary>
    public static async Task SubmitLoginAsync(this IPage page, string email, string password)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
    }

    /// <summary>
    /// Opens <paramref name="path"/>, signs in on the login page it redirects to, and waits for the circuit. The page must
    /// be signed out (a new context from <see cref="BrowserSessions"/>); if no login form comes, the error says where the
    /// browser is instead.
    /// </summary>
    public static async Task SignInAtAsync(this IPage page, string path, string email, string password)
    {
        await page.GotoAsync(path);
        try
        {
            await page.Locator("#email").WaitForAsync();
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException(
                $"Opened {path} to sign in as {email}, but no login form came: the page is {page.Url} " +
                $"('{await page.TitleAsync()}'). Was this context signed in already?", ex);
        }

        await page.SubmitLoginAsync(email, password);
        await page.WaitForCircuitAsync();
    }

    /// <summary>
    /// Waits until the page stands still, e.g. before a screenshot: no animation runs any more (CSS and Web Animations,
    /// and the SVG animations of MudBlazor's charts) and every image in view has loaded. A condition, not a pause.
    /// </summary>
    public static Task WaitUntilStillAsync(this IPage page) => page.WaitForFunctionAsync(
        "() => document.getAnimations().every(a => a.playState !== 'running') && " +
        "[...document.querySelectorAll('svg')].filter(s => !s.ownerSVGElement).every(svg => " +
        "[...svg.querySelectorAll('animate, animateTransform, animateMotion, set')].every(a => { " +
        "try { return svg.getCurrentTime() >= a.getStartTime() + a.getSimpleDuration(); } catch { return true; } })) && " +
        "[...document.images].filter(i => { const r = i.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })" +
        ".every(i => i.complete)");

    /// <summary>
    /// Pastes <paramref name="text"/> into the element as Ctrl+V would: a synthetic <c>paste</c> event with a
    /// DataTransfer (headless Chromium blocks <c>navigator.clipboard</c>).
    /// </summary>
    public static Task PasteTextAsync(this ILocator element, string text) => element.EvaluateAsync(
        "(el, text) => { const data = new DataTransfer(); data.setData('text/plain', text); " +
        "el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }", text);
}
