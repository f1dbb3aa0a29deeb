using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// <c>/erfassung?einheit=VEL-MI&amp;monat=2015-06</c>: the month's grid of the chosen units. Without <c>einheit</c> a
/// Teamleitung gets its own teams, Bereichsleitung and Geschäftsführung the teams of the first Geschäftsstelle they may
/// change; a Geschäftsstelle or Bereich stands for its teams. Without <c>monat</c>: the latest month with figures.
/// <c>&amp;ansicht=jahr</c>: the months of the year up to that month as columns, for the chosen (or first) team.
/// </summary>
public sealed partial class ErfassungPage
{
    private UserScope _scope = null!;
    private IReadOnlyList<OrgUnitDto> _units = [];
    private IReadOnlyList<OrgUnitDto> _ownTeams = [];
    private IReadOnlyList<string> _columns = [];
    private FigureGrid? _grid;
    private MonthValue _month;
    private MonthValue _now;
    private string _selected = "";
    private string? _error;
    private int _errorStatus;
    private int _dirty;
    private bool _busy;
    private int _load; // counts the loads started; only the latest may write

    [Inject] private UserScopeService Scopes { get; set; } = default!;
    [Inject] private OrgUnitQueries OrgUnits { get; set; } = default!;
    [Inject] private FigureGridQueries GridQueries { get; set; } = default!;
    [Inject] private FigureYearGridQueries YearGridQueries { get; set; } = default!;
    [Inject] private FigureLookupQueries Lookup { get; set; } = default!;
    [Inject] private FigureEntryService Entry { get; set; } = default!;
    [Inject] private MonthWorkflowService Workflow { get; set; } = default!;

    [Inject] private DeviationQueries Deviations { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private DraftStore Drafts { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "einheit")] private string? Einheit { get; set; }

    [SupplyParameterFromQuery(Name = "monat")] private string? Monat { get; set; }

    [SupplyParameterFromQuery(Name = "ansicht")] private string? Ansicht { get; set; }

    private bool YearView => string.Equals(Ansicht, "jahr", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs on every change of the query (the same route: the start page's owed-month link, the month picker, the unit
    /// select). A load that a later change overtook writes nothing: before, a slower earlier load could finish last and
    /// leave the old month's grid under the new address (“the address changed, the page did not”).
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        var load = ++_load;
        (_error, _errorStatus, _grid, _dirty) = (null, 0, null, 0); // the grid editor starts afresh
        var scope = await Scopes.GetAsync((await AuthState).User);
        var units = await OrgUnits.ListAsync(scope);
        if (load != _load)
        {
            return;
        }

        (_scope, _units, _now) = (scope, units, MonthValue.Now(Clock));
        _month = _now;
        var requested = Einheit?.Trim().ToUpperInvariant() ?? "";
        var chosen = _units.FirstOrDefault(u => u.Code == requested);
        if (requested.Length > 0 && chosen is null)
        {
            var status = await OrgUnits.ExistsAsync(requested) ? 403 : 404; // as the dashboards answer
            if (load == _load)
            {
                (_error, _errorStatus) = ($"Die Einheit '{Einheit}' gibt es nicht, oder Sie dürfen sie nicht sehen.", status);
            }

            return;
        }

        var month = MonthValue.Parse(Monat);
        if (!string.IsNullOrWhiteSpace(Monat) && (month is null || month.Value.CompareTo(_now) > 0))
        {
            _error = month is null
                ? $"'{Monat}' ist kein Monat. Bitte im Format JJJJ-MM angeben, z. B. 2015-06."
                : $"Der Monat {month.Value.Text} liegt in der Zukunft.";
            return;
        }

        var picker = new UnitColumns(_units, _scope);
        var candidates = chosen is null ? picker.DefaultCandidates() : picker.Columns(chosen, null);
        var shown = month ?? (await Lookup.LatestMonthAsync(_scope, candidates) is { } latest
            ? new MonthValue(latest.Year, latest.Month)
            : _now);
        if (load != _load)
        {
            return;
        }

        (_ownTeams, _month) = (picker.OwnTeams(), shown);
        (_selected, _columns) = chosen is null ? picker.Default(_month) : (chosen.Code, picker.Columns(chosen, _month));
        await ReloadGridAsync();
    }

    /// <summary>Loads the grid of the current choice; a result that a newer load overtook is dropped.</summary>
    private async Task ReloadGridAsync()
    {
        var (load, columns, month) = (_load, _columns, _month);
        var grid = YearView
            ? (columns.Count == 0 ? null : await YearGridQueries.LoadAsync(_scope, columns[0], month.Year, month.Month))
              ?? new FigureGrid(month.Year, month.Month, [], [])
            : await GridQueries.LoadAsync(_scope, columns, month.Year, month.Month);
        if (load == _load)
        {
            _grid = grid;
        }
    }

    private Task<SaveOutcome> SaveAsync(IReadOnlyList<FigureInput> inputs) => Entry.SaveAsync(_scope, inputs);

    private bool CanClose(GridUnit unit) => MonthWorkflowService.CanClose(_scope, unit.Id);

    /// <summary>Off-track targets are commented on the way (<see cref="SubmitMonthFlow"/>).</summary>
    private Task SubmitAsync(GridUnit unit) =>
        StepAsync(() => SubmitMonthFlow.SubmitAsync(Workflow, Dialogs, _scope, unit.Code, unit.Name, _month, Deviations.Level),
            $"{unit.Name}: {_month.Text} eingereicht.");

    /// <summary>A month not submitted is closed only after the user confirms what is missing (<see cref="CloseMonthFlow"/>).</summary>
    private Task CloseAsync(GridUnit unit) =>
        StepAsync(() => CloseMonthFlow.CloseAsync(Workflow, Dialogs, _scope, unit.Code, _month), $"{unit.Name}: {_month.Text} abgeschlossen.");

    private Task ReopenAsync(GridUnit unit) =>
        StepAsync(() => CloseMonthFlow.ReopenAsync(Workflow, Dialogs, _scope, unit.Code, unit.Name, _month), $"{unit.Name}: {_month.Text} wieder geöffnet.");

    /// <param name="step">The step; null when the user cancelled it (nothing changed, nothing to say).</param>
    private async Task StepAsync(Func<Task<WorkflowResult?>> step, string done)
    {
        _busy = true;
        try
        {
            if (await step() is not { } result)
            {
                return;
            }

            Snackbar.Add(result.Ok ? done : result.Error ?? "Der Schritt ist fehlgeschlagen.", result.Ok ? Severity.Success : Severity.Error);
            await ReloadGridAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowHistoryAsync(EntryCell cell)
    {
        var parameters = new DialogParameters<HistoryDialog>
        {
            { d => d.Scope, _scope },
            { d => d.UnitCode, cell.Unit.Code },
            { d => d.Figure, new FigureKey(cell.GridRow.Indicator, cell.GridRow.Component, _month.Year, cell.Unit.Month ?? _month.Month) },
            { d => d.Label, cell.Unit.Month is null ? $"{cell.Label}, {_month.Text}" : $"{cell.Label}, {cell.Unit.Code}" },
        };
        await Dialogs.ShowAsync<HistoryDialog>("Verlauf", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_dirty == 0)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync("Ungespeicherte Änderungen",
            $"{EntryTexts.Dirty(_dirty)}. Wenn Sie die Seite verlassen, gehen sie verloren.",
            yesText: "Verwerfen und verlassen", cancelText: "Bleiben");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private void Go(string unit, MonthValue month) => Go(unit, month, YearView);

    private void Go(string unit, MonthValue month, bool year) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["einheit"] = string.IsNullOrEmpty(unit) ? null : unit,
            ["monat"] = month.Query,
            ["ansicht"] = year ? "jahr" : null,
        }));

    private static string UnitLabel(OrgUnitDto u) => UnitColumns.Label(u);
}
