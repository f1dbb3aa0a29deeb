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
/// (no authorization, no circuit): they are rendered with the application's services, outside any circuit.
/// </summary>
public sealed class StaticMarkup(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<MarkupString> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new MarkupString(html);
    }
}
