using Microsoft.Playwright;

namespace MeAktiv.E2ETests.Infrastructure;

/// <summary>
/// The browser sessions of one test. <see cref="NewPageAsync"/> opens a page in a new, empty browser context (its own
/// cookies, local storage and cache: signed out, like a fresh browser profile); a second session for a second user is
/// simply another call. <see cref="DisposeAsync"/> closes every context the test opened, with their pages, so nothing
/// (a page, a circuit, a pending navigation, a cookie, a stored draft) reaches the next test.
/// </summary>
/// <remarks>
/// Why not one shared profile with its cookies cleared between tests (as until issue 15): a closing page sends Blazor's
/// disconnect beacon (<c>pagehide</c> → <c>POST _blazor/disconnect</c>), and once the sign-in cookie is older than the
/// security-stamp interval (1 minute: any test that runs that long on a loaded machine) the answer to that beacon renews
/// the cookie. It could arrive after the next test had cleared the cookies, which then found itself signed in as the
/// previous user and never saw a login form.
/// </remarks>
public sealed class BrowserSessions(KestrelAppFixture app) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A page in a new browser context (1280×900 unless <paramref name="viewport"/> says otherwise).</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await app.NewContextAsync(viewport);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }
}
