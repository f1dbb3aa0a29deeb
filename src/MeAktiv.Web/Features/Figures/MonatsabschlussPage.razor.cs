using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.OrgUnits;
using MeAktiv.Core.Security;
using MeAktiv.Web.Features.Figures;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// <c>/monatsabschluss?monat=2015-06</c>: which units have submitted the month, which are late, which are closed; the
/// Bereichsleitung closes (and reopens, with a reason) its area's months, the Geschäftsführung all. A Teamleitung sees its own teams' rows (and the
/// Jobcenter's) read-only: when its month is due and whether it is closed.
/// </summary>
public sealed partial class MonatsabschlussPage
{
    private UserScope _scope = null!;
    private IReadOnlyList<CompletenessRow>? _rows;
    private int _loads;
    private IReadOnlyList<CompletenessRow> _closable = [];
    private MonthValue _month;
    private MonthValue _now;
    private bool _busy;

    [Inject] private UserScopeService Scopes { get; set; } = default!;
    [Inject] private OrgUnitQueries OrgUnits { get; set; } = default!;
    [Inject] private CompletenessQueries Completeness { get; set; } = default!;
    [Inject] private FigureLookupQueries Lookup { get; set; } = default!;
    [Inject] private MonthWorkflowService Workflow { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IOptions<FigureOptions> Options { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "monat")] private string? Monat { get; set; }

    private int FigureDeadlineDay => Options.Value.SubmissionDay;

    protected override async Task OnParametersSetAsync()
    {
        _rows = null;
        _scope = await Scopes.GetAsync((await AuthState).User);
        _now = MonthValue.Now(Clock);
        var month = MonthValue.Parse(Monat) is { } m && m.CompareTo(_now) <= 0 ? m : (MonthValue?)null;
        if (month is null)
        {
            var units = (await OrgUnits.ListAsync(_scope)).Select(u => u.Code).ToList();
            month = await Lookup.LatestMonthAsync(_scope, units) is { } latest ? new MonthValue(latest.Year, latest.Month) : _now;
        }

        _month = month.Value;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rows = await Completeness.ForMonthAsync(_scope, _month.Year, _month.Month);
        _loads++;
        _closable = _rows.Where(r => r.CanClose && r.State == MonthState.Eingereicht).ToList();
    }

    /// <summary>A month not submitted asks first, naming what is missing.</summary>
    private Task CloseAsync(CompletenessRow row) =>
        StepAsync(() => CloseMonthFlow.CloseAsync(Workflow, Dialogs, _scope, row.Code, _month), $"{row.Name}: {_month.Text} abgeschlossen.");

    /// <summary>A closed month is reopened here too, as in the Erfassung: with the required reason.</summary>
    private Task ReopenAsync(CompletenessRow row) =>
        StepAsync(() => CloseMonthFlow.ReopenAsync(Workflow, Dialogs, _scope, row.Code, row.Name, _month), $"{row.Name}: {_month.Text} wieder geöffnet.");

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
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CloseAllSubmittedAsync()
    {
        _busy = true;
        try
        {
            var errors = new List<string>();
            foreach (var row in _closable)
            {
                var result = await Workflow.CloseAsync(_scope, row.Code, _month.Year, _month.Month);
                if (!result.Ok)
                {
                    errors.Add($"{row.Name}: {result.Error}");
                }
            }

            var closed = _closable.Count - errors.Count;
            Snackbar.Add(closed == 1 ? "1 Einheit abgeschlossen." : $"{closed} Einheiten abgeschlossen.", Severity.Success);
            errors.ForEach(e => Snackbar.Add(e, Severity.Error));
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The counts of the rows below (the units that owe figures for the month), consistent with the close-all
    /// button: "eingereicht" are the rows in state Eingereicht, of which the button closes those the user may close.</summary>
    private string Summary()
    {
        if (_rows is null)
        {
            return "";
        }

        int Count(MonthState s) => _rows.Count(r => r.State == s);
        var submitted = Count(MonthState.Eingereicht);
        var closable = _closable.Count == submitted || !_rows.Any(r => r.CanClose) ? "" : $" (davon {_closable.Count} von Ihnen abzuschließen)";
        return $"{_rows.Count} meldepflichtige Einheiten · {submitted} eingereicht{closable} · {Count(MonthState.Abgeschlossen)} abgeschlossen"
            + $" · {Count(MonthState.Entwurf)} im Entwurf, davon {_rows.Count(r => r.IsLate)} verspätet";
    }

    private void Go(MonthValue month) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("monat", month.Query));
}
