using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>The loaded figures, indicators and targets of one unit's subtree; computes attainment and series in memory.</summary>
public sealed class AttainmentData
{
    private readonly UnitFigures _figures;
    private readonly IReadOnlyDictionary<string, List<RawFigure>> _rowsByIndicator;
    private readonly Dictionary<(int IndicatorId, int Year), TargetVersion> _targets;
    private readonly IReadOnlyDictionary<int, IndicatorDefinition>? _definitions;
    private readonly FigureWindow _window;

    internal AttainmentData(OrgUnit unit, IReadOnlyList<Indicator> indicators, IReadOnlyList<TargetInfo> targets,
        UnitFigures figures, Datenstand datenstand, FigureWindow window, IReadOnlyDictionary<int, IndicatorDefinition>? definitions = null)
    {
        _figures = figures;
        _definitions = definitions;
        _window = window;
        UnitId = unit.Id;
        UnitCode = unit.Code;
        UnitName = unit.Name;
        UnitKind = unit.Kind;
        Indicators = indicators;
        Datenstand = datenstand;
        HasDemoFigures = figures.HasDemo;
        _rowsByIndicator = figures.ByIndicator;
        _targets = targets.ToDictionary(t => (t.IndicatorId, t.Year), t => t.Current);
    }

    public int UnitId { get; }

    public string UnitCode { get; }

    public string UnitName { get; }

    public OrgUnitKind UnitKind { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public bool HasDemoFigures { get; }

    /// <summary>Who owes figures, who has submitted (the whole organisation; docs/kennzahlen.md, "Datenstand").</summary>
    public Datenstand Datenstand { get; }

    /// <summary>The Datenstand of this unit's month: expected, submitted, closed units at or below it, and who is missing.</summary>
    public MonthCoverage CoverageOf(int year, int month) => Datenstand.CoverageOf(UnitId, new YearMonth(year, month));

    /// <summary>THE default month of the year (the Jobcenter's latest complete month; <see cref="Datenstand.DefaultMonth"/>).</summary>
    public int DefaultMonth(int year) => Datenstand.DefaultMonth(year, LatestMonthWithAnyFigure(year));

    /// <summary>The latest month of the year with any figure of any unit, drafts included (null: none).</summary>
    public int? LatestMonthWithAnyFigure(int year) => _window.LatestMonth(year);

    public TargetVersion? TargetOf(Indicator indicator, int year) => _targets.GetValueOrDefault((indicator.Id, year));

    public bool HasFigures(Indicator indicator) => RowsOf(indicator).Count > 0;

    /// <summary>The latest month of <paramref name="year"/> for which the indicator has any figure in this subtree.</summary>
    public YearMonth? LatestMonth(Indicator indicator, int year) => RowsOf(indicator)
        .Where(r => r.Year == year)
        .Select(r => (YearMonth?)new YearMonth(r.Year, r.Month))
        .Max();

    public AttainmentResult Calculate(Indicator indicator, int year, int month) =>
        Calculate(indicator, year, month, TargetOf(indicator, year)?.Value);

    /// <summary>Attainment against a given target (e.g. the Jobcenter's rate target as benchmark for a Geschäftsstelle).</summary>
    public AttainmentResult Calculate(Indicator indicator, int year, int month, decimal? target)
    {
        var definition = DefinitionOf(indicator);
        return AttainmentCalculator.Calculate(definition, Series(indicator, definition), year, month, target);
    }

    public IReadOnlyList<SeriesPoint> Series(Indicator indicator, YearMonth from, YearMonth to)
    {
        var definition = DefinitionOf(indicator);
        return SeriesCalculator.Calculate(definition, Series(indicator, definition), from.Year, from.Month, to.Year, to.Month);
    }

    private IndicatorDefinition DefinitionOf(Indicator indicator) =>
        _definitions?.GetValueOrDefault(indicator.Id) ?? IndicatorDefinition.FromEntity(indicator);

    private ComponentSeries Series(Indicator indicator, IndicatorDefinition definition) =>
        _figures.SeriesOf(indicator.Code, definition);

    private List<RawFigure> RowsOf(Indicator indicator) =>
        _rowsByIndicator.TryGetValue(indicator.Code, out var rows) ? rows : [];
}
