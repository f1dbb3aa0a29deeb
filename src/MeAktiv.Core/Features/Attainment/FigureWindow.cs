using System.Collections.Concurrent;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// The figures of all units for whole years, as loaded at one value of the figures' stamp, with what callers derive
/// from them (e.g. the rows grouped per unit subtree): derived data lives exactly as long as the rows it came from.
/// <see cref="Rows"/> are the figures that count (their unit's month is submitted or closed, docs/kennzahlen.md,
/// "Datenstand"); <see cref="Drafts"/> the figures of unit-months still in Entwurf, which count nowhere but on the
/// entering unit's own Erfassung page; <see cref="States"/> the submitted and closed unit-months of the years.
/// Immutable rows; the derived values must be immutable or thread-safe too (the window is shared by all users).
/// </summary>
public sealed class FigureWindow(
    IReadOnlyList<FigureRow> rows, IReadOnlyList<FigureRow>? drafts = null, IReadOnlyList<UnitMonthState>? states = null)
{
    private readonly ConcurrentDictionary<(Type Type, long Key), object> _derived = new();

    public IReadOnlyList<FigureRow> Rows { get; } = rows;

    public IReadOnlyList<FigureRow> Drafts { get; } = drafts ?? [];

    public IReadOnlyList<UnitMonthState> States { get; } = states ?? [];

    /// <summary>The latest month of the year with any figure, drafts included (null: none).</summary>
    public int? LatestMonth(int year) => Rows.Concat(Drafts).Where(r => r.Year == year).Max(r => (int?)r.Month);

    /// <summary>The value built once per type and <paramref name="key"/> from <see cref="Rows"/> (built again only after
    /// a race, never stale).</summary>
    public T Derived<T>(long key, Func<IReadOnlyList<FigureRow>, T> build) where T : class =>
        (T)_derived.GetOrAdd((typeof(T), key), _ => build(Rows));
}
