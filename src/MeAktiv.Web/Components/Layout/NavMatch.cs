using Microsoft.AspNetCore.Components.Routing;

namespace MeAktiv.Web.Components.Layout;

/// <summary>
/// Whether a navigation link is the current page's, as Blazor's NavLink decides it (.NET 10): the same address (a
/// link to "…/x/" also at "…/x"); with <see cref="NavLinkMatch.Prefix"/> also an address below it ("/abc" for
/// "/abc/def", not for "/abcdef"); with <see cref="NavLinkMatch.All"/> also the same address with a query or fragment.
/// </summary>
public static class NavMatch
{
    /// <param name="current">The current absolute address.</param>
    /// <param name="href">The link's absolute address.</param>
    public static bool IsActive(string current, string href, NavLinkMatch match) =>
        Same(current, href)
        || match == NavLinkMatch.Prefix && IsPrefixWithSeparator(current, href)
        || match == NavLinkMatch.All && Same(WithoutQueryAndFragment(current), WithoutQueryAndFragment(href));

    private static bool Same(string current, string href) =>
        string.Equals(current, href, StringComparison.OrdinalIgnoreCase)
        || current.Length == href.Length - 1 && href[^1] == '/' && href.StartsWith(current, StringComparison.OrdinalIgnoreCase);

    private static bool IsPrefixWithSeparator(string value, string prefix) =>
        value.Length > prefix.Length && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (prefix.Length == 0 || !char.IsLetterOrDigit(prefix[^1]) || !char.IsLetterOrDigit(value[prefix.Length]));

    private static string WithoutQueryAndFragment(string uri) => uri.IndexOfAny(['?', '#']) is >= 0 and var i ? uri[..i] : uri;
}
