using System.Collections.Concurrent;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The figures of all units for whole years, as loaded at one value of the figures' stamp, with what callers derive
/// from them (e.g. the rows grouped per unit subtree): derived data lives exactly as long as the rows it came from.
/// Immutable rows; the derived values must be immutable or thread-safe too (the window is shared by all users).
/// </summary>
public sealed class FigureWindow(IReadOnlyList<FigureRow> rows)
{
    private readonly ConcurrentDictionary<(Type Type, long Key), object> _derived = new();

    public IReadOnlyList<FigureRow> Rows { get; } = rows;

    /// <summary>The value built once per type and <paramref name="key"/> from <see cref="Rows"/> (built again only after
    /// a race, never stale).</summary>
    public T Derived<T>(long key, Func<IReadOnlyList<FigureRow>, T> build) where T : class =>
        (T)_derived.GetOrAdd((typeof(T), key), _ => build(Rows));
}
