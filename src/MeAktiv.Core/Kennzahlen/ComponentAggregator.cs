namespace MeAktiv.Core.Kennzahlen;

/// <summary>
/// Sums raw figures of a set of units into a <see cref="ComponentSeries"/>. Aggregation over the organisation tree is
/// always ratio of sums: components are summed over the units first and the formula is applied afterwards.
/// </summary>
public static class ComponentAggregator
{
    /// <summary>
    /// Sums <paramref name="rows"/> per component and month over all units (or only <paramref name="unitIds"/>).
    /// A unit contributes the months it has rows for (a unit that exists only part of the year simply stops or starts).
    /// For indicators with a numerator and a denominator the figures are checked per unit and month:
    /// <list type="bullet">
    /// <item>a unit that entered only one of the two marks the other as incomplete for that month (it then counts as
    /// missing, so a half-entered month never yields a silently wrong rate);</item>
    /// <item>ratio of sums only: a unit's numerator in a month whose denominator is 0 is left out and reported in
    /// <see cref="ComponentSeries.Excluded"/>.</item>
    /// </list>
    /// Several rows of the same unit, component and month are added up.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A row has a month outside 1..12.</exception>
    public static ComponentSeries Aggregate(
        IndicatorDefinition definition, IEnumerable<RawFigure> rows, IEnumerable<int>? unitIds = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(rows);
        var onlyUnits = unitIds is null ? null : new HashSet<int>(unitIds);

        var cells = new Dictionary<(int Unit, string Code, int Ordinal), decimal>();
        foreach (var row in rows)
        {
            if (onlyUnits is not null && !onlyUnits.Contains(row.UnitId))
            {
                continue;
            }

            var key = (row.UnitId, ComponentSeries.Normalize(row.ComponentCode), new MonthRef(row.Year, row.Month).Ordinal);
            cells[key] = cells.GetValueOrDefault(key) + row.Value;
        }

        var numerator = definition.IsPairKind && definition.NumeratorComponent is { } n ? ComponentSeries.Normalize(n) : null;
        var denominator = definition.IsPairKind && definition.DenominatorComponent is { } d ? ComponentSeries.Normalize(d) : null;
        var pair = numerator is not null && denominator is not null && numerator != denominator;
        var excludeZeroDenominator = pair && definition.Formula == Domain.FormulaKind.RatioOfSums;

        var totals = new Dictionary<(string Code, int Ordinal), decimal>();
        var lacking = new Dictionary<(string Code, int Ordinal), SortedSet<int>>();
        var excluded = new List<ExcludedFigure>();
        foreach (var ((unit, code, ordinal), value) in cells)
        {
            if (pair && (code == numerator || code == denominator))
            {
                var other = code == numerator ? denominator! : numerator!;
                if (!cells.TryGetValue((unit, other, ordinal), out var otherValue))
                {
                    AddLacking(lacking, (other, ordinal), unit);
                }
                else if (excludeZeroDenominator && code == numerator && otherValue == 0m && value != 0m)
                {
                    var month = MonthRef.FromOrdinal(ordinal);
                    excluded.Add(new ExcludedFigure(unit, code, month.Year, month.Month, value));
                    continue;
                }
            }

            totals[(code, ordinal)] = totals.GetValueOrDefault((code, ordinal)) + value;
        }

        var incomplete = lacking.ToDictionary(
            e => e.Key,
            e =>
            {
                var month = MonthRef.FromOrdinal(e.Key.Ordinal);
                return new IncompleteMonth(e.Key.Code, month.Year, month.Month, [.. e.Value]);
            });
        excluded.Sort((a, b) => (a.Year, a.Month, a.UnitId).CompareTo((b.Year, b.Month, b.UnitId)));
        return new ComponentSeries(totals, incomplete, excluded);
    }

    private static void AddLacking(Dictionary<(string, int), SortedSet<int>> lacking, (string, int) key, int unit)
    {
        if (!lacking.TryGetValue(key, out var units))
        {
            lacking[key] = units = [];
        }

        units.Add(unit);
    }
}
