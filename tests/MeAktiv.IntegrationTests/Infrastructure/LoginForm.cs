using System.Net;
using System.Text.RegularExpressions;

namespace MeAktiv.IntegrationTests.Infrastructure;

/// <summary>
/// The login page /account/login is a static server-rendered Blazor form with antiforgery: GET it, take its hidden
/// inputs (<c>_handler=login</c> and <c>__RequestVerificationToken</c>), post them back with the two fields.
/// </summary>
public static partial class LoginForm
{
    public const string Path = "/account/login";
    public const string EmailField = "Input.Email";
    public const string PasswordField = "Input.Password";
    public const string AuthCookie = "MeAktiv.Auth";

    /// <summary>The message the page shows for a wrong e-mail, a wrong password and a locked account alike.</summary>
    public const string ErrorMessage = "Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort ist falsch.";

    /// <summary>GET the login page, then POST the form back (to the same URL, as the browser does).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var url = returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        using var page = await client.GetAsync(url, ct);
        page.EnsureSuccessStatusCode();
        var fields = HiddenInputs(await page.Content.ReadAsStringAsync(ct));
        fields[EmailField] = email;
        fields[PasswordField] = password;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, form, ct);
    }

    /// <summary>name → value of every <c>&lt;input type="hidden"&gt;</c> of the page (values HTML-decoded).</summary>
    public static Dictionary<string, string> HiddenInputs(string html)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var attributes = Attributes(input.Value);
            if (attributes.TryGetValue("type", out var type) && type == "hidden" && attributes.TryGetValue("name", out var name))
            {
                result[name] = attributes.GetValueOrDefault("value", "");
            }
        }

        return result;
    }

    /// <summary>The names of all <c>&lt;input&gt;</c> elements of the page.</summary>
    public static IReadOnlyList<string> InputNames(string html) =>
        InputTag().Matches(html).Select(m => Attributes(m.Value).GetValueOrDefault("name")).OfType<string>().ToList();

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag)
            .GroupBy(a => a.Groups["name"].Value.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"(?<name>[\w\-.:]+)\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
