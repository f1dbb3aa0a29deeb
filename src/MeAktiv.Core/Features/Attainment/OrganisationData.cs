using System.Collections.Concurrent;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Attainment;

/// <summary>
/// THE loaded data of the whole organisation for some years, from one load (<see cref="AttainmentQueries.LoadOrganisationAsync"/>):
/// units, indicators, the targets with all their versions, the Datenstand and the figures that count, grouped per unit
/// subtree once per loaded <see cref="FigureWindow"/> and tree. Every view (Zielübersicht, dashboards, attainment API,
/// report, review, agenda) reads its numbers from here, and the target a unit is held to from <see cref="TargetRule"/>.
/// Not filtered by user: the callers check the <see cref="UserScope"/>.
/// </summary>
public sealed class OrganisationData
{
    private readonly Dictionary<int, OrgUnit> _byId;
    private readonly Dictionary<(int Unit, int Indicator, int Year), Target> _targets;
    private readonly ConcurrentDictionary<(int Unit, int Indicator), bool> _enteredWithin = new();
    private readonly Dictionary<Indicator, IndicatorDefinition> _definitions;
    private readonly Lazy<IReadOnlyDictionary<int, UnitFigures>> _unadjusted;
    private readonly ConcurrentDictionary<int, IReadOnlyList<StructureChange>> _changes = new();
    private readonly ConcurrentDictionary<(Type Type, object Key), object> _memo = new();

    internal OrganisationData(IReadOnlyList<OrgUnit> units, IReadOnlyList<Indicator> indicators, IReadOnlyList<Target> targets,
        IReadOnlyList<ReportingDuty> duties, FigureWindow window, IndicatorActivation? activation = null,
        IReadOnlyList<SuccessorLink>? links = null)
    {
        Units = units;
        Indicators = indicators;
        Activation = activation ?? IndicatorActivation.AllActive;
        Window = window;
        _byId = units.ToDictionary(u => u.Id);
        _targets = targets.ToDictionary(t => (t.OrgUnitId, t.IndicatorId, t.Year));
        Tree = new UnitTree(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Kind)));
        Datenstand = new Datenstand(units, duties, window.States, Activation);
        _definitions = indicators.ToDictionary<Indicator, Indicator, IndicatorDefinition>(i => i, IndicatorDefinition.FromEntity, ReferenceEqualityComparer.Instance);
        // Grouped once per loaded window and unit tree, shared by every view until a save raises the stamp; each subtree
        // also keeps the engine's summed series per indicator (see UnitFigures.SeriesOf).
        // Structure-adjusted (docs/kennzahlen.md, "Strukturbereinigung"): a figure of a month before a reorganisation
        // counts where its customers are served today. The units' own, unadjusted history is built only when asked for.
        Links = links ?? [];
        var adjustedKey = HashCode.Combine(Tree.Signature, Links.Count == 0 ? 0 : Links.Aggregate(17, (hash, link) => HashCode.Combine(hash, link)));
        Adjustment = window.Derived(adjustedKey, rows => StructureAdjustment.Build(Links, rows));
        Subtrees = window.Derived(adjustedKey, rows => SubtreeFigures.Build(rows, Tree, Adjustment)).ByUnit;
        _unadjusted = new Lazy<IReadOnlyDictionary<int, UnitFigures>>(() => Adjustment.IsEmpty ? Subtrees
            : window.Derived(Tree.Signature, rows => SubtreeFigures.Build(rows, Tree, StructureAdjustment.None)).ByUnit);
    }

    /// <summary>The successor links of the reorganisations (shares 0..1; null: the default rule).</summary>
    public IReadOnlyList<SuccessorLink> Links { get; }

    internal StructureAdjustment Adjustment { get; }

    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>Every indicator, switched on or not; what a view of a year shows is <see cref="IndicatorsOf"/>.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Which indicators are switched on in which year (<see cref="IndicatorActivation"/>).</summary>
    public IndicatorActivation Activation { get; }

    /// <summary>THE indicators a view of <paramref name="year"/> shows: those switched on for the year.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(int year) => Activation.ActiveOf(Indicators, year);

    /// <summary>Who owes figures, who has submitted (docs/kennzahlen.md, "Datenstand").</summary>
    public Datenstand Datenstand { get; }

    public UnitTree Tree { get; }

    internal FigureWindow Window { get; }

    internal IReadOnlyDictionary<int, UnitFigures> Subtrees { get; }

    public OrgUnit? Unit(int id) => _byId.GetValueOrDefault(id);

    public OrgUnit? Find(string code) =>
        Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit's own target of the year (all versions), or null.</summary>
    public Target? OwnTarget(Indicator indicator, int unitId, int year) => _targets.GetValueOrDefault((unitId, indicator.Id, year));

    /// <summary>
    /// The unit's target that applies in <paramref name="year"/>: its own of the year, else one of the years before whose
    /// current version's period reaches into the year (a project target 04/2015–12/2017 applies in 2016 and 2017).
    /// </summary>
    public Target? TargetCovering(Indicator indicator, int unitId, int year) =>
        OwnTarget(indicator, unitId, year) ?? Enumerable.Range(1, PeriodYearsBack)
            .Select(back => OwnTarget(indicator, unitId, year - back))
            .FirstOrDefault(t => t?.Current is { } v && TargetProfile.Of(t.Year, v).To.Year >= year);

    /// <summary>How many years before the first loaded year targets are loaded (a period is at most five years).</summary>
    internal const int PeriodYearsBack = (TargetProfile.MaxMonths / 12) - 1;

    /// <summary>The target the unit is held to in the month (<see cref="TargetRule"/>), or null when there is none.</summary>
    public HeldTarget? TargetOf(Indicator indicator, int unitId, int year, int month) => TargetRule.Of(this, indicator, unitId, year, month);

    /// <summary>Whether the indicator is entered at the unit or a unit below it (ALQ U25 is not entered by teams).</summary>
    public bool IsEnteredWithin(Indicator indicator, int unitId) => _enteredWithin.GetOrAdd((unitId, indicator.Id),
        _ => Tree.SubtreeOf(unitId).Any(id => Tree.KindOf(id) is { } kind && indicator.EntryLevels.HasFlag(kind.ToEntryLevel())));

    /// <summary>The engine's definition of a loaded indicator (built once per load), or of any other indicator object.</summary>
    public IndicatorDefinition DefinitionOf(Indicator indicator) =>
        _definitions.GetValueOrDefault(indicator) ?? IndicatorDefinition.FromEntity(indicator);

    /// <summary>The indicator's components summed over the unit's subtree (submitted or closed months only).</summary>
    public ComponentSeries Series(Indicator indicator, int unitId) =>
        FiguresOf(unitId).SeriesOf(indicator.Code, DefinitionOf(indicator));

    internal UnitFigures FiguresOf(int unitId) => Subtrees.GetValueOrDefault(unitId) ?? UnitFigures.None;

    /// <summary>True when every figure of the unit and the units below it goes to successors (a merger of 100 %): it
    /// holds nothing structure-adjusted.</summary>
    public bool IsMergedAway(int unitId) =>
        Adjustment.MovesWholly(unitId) && FiguresOf(unitId).ByIndicator.Values.All(rows => rows.Count == 0);

    /// <summary>The reorganisations that change the unit's structure-adjusted history (<see cref="StructureChange"/>).</summary>
    public IReadOnlyList<StructureChange> StructureChangesOf(int unitId) => _changes.GetOrAdd(unitId, id =>
        Adjustment.IsEmpty ? [] : StructureChange.Of(Tree.SubtreeOf(id).ToHashSet(), Adjustment, Links,
            other => Unit(other) is { } u ? (u.Code, u.Name) : null, Tree.AncestorsOf));

    /// <summary>A value computed once per loaded data, type and key, for every user alike (the data is shared while no
    /// save changes it, <see cref="ReferenceCache"/>): only for immutable results that depend on nothing but this data
    /// and the key (built again only after a race, never stale).</summary>
    internal T Memo<T>(object key, Func<T> build) where T : class => (T)_memo.GetOrAdd((typeof(T), key), _ => build());

    /// <summary>The unit's subtree figures as entered, without the structure adjustment (the "unbereinigt" view).</summary>
    internal UnitFigures UnadjustedFiguresOf(int unitId) => _unadjusted.Value.GetValueOrDefault(unitId) ?? UnitFigures.None;
}
