using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>The loaded figures, indicators and targets of one unit's subtree; computes attainment and series in memory.</summary>
public sealed class AttainmentData
{
    private readonly ILookup<string, FigureRow> _rowsByIndicator;
    private readonly Dictionary<(int IndicatorId, int Year), TargetVersion> _targets;

    internal AttainmentData(string unitCode, string unitName, OrgUnitKind unitKind, IReadOnlyList<Indicator> indicators,
        IReadOnlyList<TargetInfo> targets, IReadOnlyList<FigureRow> rows, bool hasDemoFigures)
    {
        UnitCode = unitCode;
        UnitName = unitName;
        UnitKind = unitKind;
        Indicators = indicators;
        HasDemoFigures = hasDemoFigures;
        _rowsByIndicator = rows.ToLookup(r => r.Indicator, StringComparer.OrdinalIgnoreCase);
        _targets = targets.ToDictionary(t => (t.IndicatorId, t.Year), t => t.Current);
    }

    public string UnitCode { get; }

    public string UnitName { get; }

    public OrgUnitKind UnitKind { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public bool HasDemoFigures { get; }

    public TargetVersion? TargetOf(Indicator indicator, int year) => _targets.GetValueOrDefault((indicator.Id, year));

    public bool HasFigures(Indicator indicator) => _rowsByIndicator[indicator.Code].Any();

    /// <summary>The latest month of <paramref name="year"/> for which the indicator has any figure in this subtree.</summary>
    public YearMonth? LatestMonth(Indicator indicator, int year) => _rowsByIndicator[indicator.Code]
        .Where(r => r.Year == year)
        .Select(r => (YearMonth?)new YearMonth(r.Year, r.Month))
        .Max();

    public AttainmentResult Calculate(Indicator indicator, int year, int month)
    {
        var definition = IndicatorDefinition.FromEntity(indicator);
        return AttainmentCalculator.Calculate(definition, Series(indicator, definition), year, month, TargetOf(indicator, year)?.Value);
    }

    public IReadOnlyList<SeriesPoint> Series(Indicator indicator, YearMonth from, YearMonth to)
    {
        var definition = IndicatorDefinition.FromEntity(indicator);
        return SeriesCalculator.Calculate(definition, Series(indicator, definition), from.Year, from.Month, to.Year, to.Month);
    }

    private ComponentSeries Series(Indicator indicator, IndicatorDefinition definition) => ComponentAggregator.Aggregate(
        definition,
        _rowsByIndicator[indicator.Code].Select(r => new RawFigure(r.UnitId, r.Component, r.Year, r.Month, r.Value)));
}
