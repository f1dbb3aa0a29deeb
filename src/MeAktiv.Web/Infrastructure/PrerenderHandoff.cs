using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;

namespace MeAktiv.Web.Infrastructure;

/// <summary>
/// Hands what a page loaded for its prerender to the same user's circuit, which renders the same address a moment later
/// (Blazor renders an interactive page twice: once into the HTML, once when the circuit starts). The circuit takes the
/// value once, within <see cref="Lifetime"/>, so one page load reads the database once instead of twice. It shows what
/// the prerendered HTML already showed; anything older is loaded again. In server memory, not in the page: Blazor's
/// persistent component state would send the dashboard's data to the browser and back, and it is larger than what a
/// circuit accepts in one message.
/// </summary>
public sealed class PrerenderHandoff(TimeProvider time)
{
    /// <summary>How long a prerendered value waits for its circuit.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    /// <summary>How many values wait at most: far more dashboards than a Jobcenter opens within 20 s.</summary>
    public const int Capacity = 200;
    private readonly ConcurrentDictionary<(string User, string Address), Entry> _entries = new();

    /// <summary>
    /// Keeps <paramref name="value"/> for the circuit of <paramref name="user"/> at <paramref name="address"/>, when
    /// <paramref name="renderer"/> is the prerender of an interactive component (<paramref name="mode"/> set): an
    /// interactive render, and a static page's render (no mode), have no circuit to come after them.
    /// </summary>
    public void Put(RendererInfo renderer, IComponentRenderMode? mode, ClaimsPrincipal user, string address, object value)
    {
        if (renderer.IsInteractive || mode is null || user.Identity?.Name is not { Length: > 0 } name)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(key, out _); // never taken (a prerender whose circuit did not start): not kept
            }
        }

        if (_entries.Count >= Capacity)
        {
            return; // a burst of prerenders without circuits (e.g. a script): they simply load again
        }

        _entries[(name, address)] = new Entry(value, now + Lifetime);
    }

    /// <summary>How many values wait for their circuit (usually none: a circuit takes its value within a second).</summary>
    public int Waiting => _entries.Count;

    /// <summary>
    /// In the circuit's render: the value the prerender of the same user and address left, once; null when there is
    /// none or it is too old, and always in the prerender itself.
    /// </summary>
    public T? Take<T>(RendererInfo renderer, ClaimsPrincipal user, string address) where T : class =>
        renderer.IsInteractive
        && user.Identity?.Name is { Length: > 0 } name
        && _entries.TryRemove((name, address), out var entry)
        && entry.Expires > time.GetUtcNow()
            ? entry.Value as T
            : null;

    private sealed record Entry(object Value, DateTimeOffset Expires);
}
