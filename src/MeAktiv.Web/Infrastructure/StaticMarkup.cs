using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Renders a component without interaction (links and text only) to its HTML, once, for a page to show as markup. The
/// page's circuit then keeps one string instead of the component instances and their render trees (a render tree
/// frame per element, attribute and text, held twice: the last render and the one before), and the browser gets that
/// part of the page's first interactive render as one piece of HTML instead of element by element. The HTML is the
/// same as the component renders in a page: the same component, through Blazor's own <see cref="HtmlRenderer"/>
/// (encoded as the prerender encodes). For components that inject no scoped services and need no cascading values
/// (no authorization, no circuit): they are rendered outside any circuit, in a service scope of their own (so a scoped
/// service a component library injects is never resolved from the root provider). Equal HTML is kept once for all
/// circuits that show it (<see cref="SharedText"/>).
/// </summary>
public sealed class StaticMarkup(IServiceScopeFactory scopes, ILoggerFactory loggers, SharedText texts)
{
    public async Task<StaticHtml> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new StaticHtml(texts.Share(html));
    }
}

/// <summary>
/// HTML rendered by <see cref="StaticMarkup"/>: only it makes one, from Blazor's own <see cref="HtmlRenderer"/>, which
/// encodes every text and attribute as any page does. The one place under src/ that shows HTML as markup
/// (<c>NoMarkupStringTests</c> allows this file and no other); a page shows it with <c>@html.Fragment</c>.
/// </summary>
public readonly struct StaticHtml
{
    private readonly string? _html;

    internal StaticHtml(string html) => _html = html;

    /// <summary>The HTML ("" when nothing was rendered).</summary>
    public string Html => _html ?? "";

    public RenderFragment Fragment
    {
        get
        {
            var html = Html;
            return builder => builder.AddMarkupContent(0, html);
        }
    }
}
