using System.Text.RegularExpressions;
using MeAktiv.IntegrationTests.Infrastructure;

namespace MeAktiv.IntegrationTests.Performance;

/// <summary>
/// Every style sheet and script a page links goes out compressed to a browser that accepts it. Regression test: the
/// fingerprinted path of a package's file (<c>@Assets["_content/MudBlazor/MudBlazor.min.css"]</c>) is mapped without
/// its precompressed variants, so MudBlazor's 627 KB style sheet went out uncompressed on every first visit.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class StaticAssetCompressionTests(MeAktivAppFactory app)
{
    [Theory]
    [InlineData("/ziele", "MudBlazor.min.js")] // interactive: Blazor's and MudBlazor's scripts
    [InlineData("/uebersicht", "page-actions")] // static (ADR 0010): only the page's own script
    public async Task Style_sheets_and_scripts_of_a_page_are_served_compressed(string page, string script)
    {
        using var client = await app.CreateSignedInBrowserClientAsync(DemoAccounts.Geschaeftsfuehrung);
        var ct = TestContext.Current.CancellationToken;
        var html = await client.GetStringAsync(page, ct);

        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value)
            .Where(url => !url.StartsWith("http", StringComparison.Ordinal)).Distinct().ToList();

        assets.ShouldContain(url => url.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        assets.ShouldContain(url => url.Contains(script, StringComparison.Ordinal));
        assets.ShouldContain(url => url.Contains("dashboard", StringComparison.Ordinal));
        foreach (var url in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + url.TrimStart('/'));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
            using var response = await client.SendAsync(request, ct);
            response.IsSuccessStatusCode.ShouldBeTrue(url);
            response.Content.Headers.ContentEncoding.ShouldNotBeEmpty($"{url} went out uncompressed");
        }
    }

    [GeneratedRegex("""<(?:link rel="stylesheet" href|script src)="(?<url>[^"]+)""")]
    private static partial Regex AssetReference();
}
