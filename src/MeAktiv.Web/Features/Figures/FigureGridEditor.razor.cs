using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Edits a <see cref="FigureGrid"/>: typed and pasted values, dirty marking, one save of all dirty cells through
/// <see cref="Save"/> (the page passes <c>FigureEntryService.SaveAsync</c>; tests a fake), errors at the field, the
/// confirmation of plausibility findings with a reason, and the conflict dialog.
/// </summary>
public sealed partial class FigureGridEditor : IAsyncDisposable
{
    private EntryGridState _state = null!;
    private ElementReference _table;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<FigureGridEditor>? _self;
    private List<string> _summary = [];
    private string _summaryTitle = "";
    private string? _pasteReport;
    private bool _saving;
    private int _reportedDirty;
    private FigureGrid? _draftChecked;
    private (FigureGrid Grid, bool Offered)? _draftLookup;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired] public FigureGrid Grid { get; set; } = default!;

    /// <summary>Saves a batch in one transaction (all or nothing).</summary>
    [Parameter, EditorRequired] public Func<IReadOnlyList<FigureInput>, Task<SaveOutcome>> Save { get; set; } = default!;

    /// <summary>After a successful save (the page reloads the grid for the derived values; unsaved edits are kept).</summary>
    [Parameter] public EventCallback OnSaved { get; set; }

    [Parameter] public EventCallback<int> DirtyCountChanged { get; set; }

    [Parameter] public EventCallback<EntryCell> OnHistory { get; set; }

    /// <summary>Keeps unsaved entries in the browser and offers them back (the page passes one; tests may not).</summary>
    [Parameter] public DraftStore? Drafts { get; set; }

    public int DirtyCount => _state.DirtyCount;

    private bool AnyEditable => Grid.Units.Any(u => u.Editable);

    private string MonthText => German.MonthDigits(Grid.Year, Grid.Month);

    private static string StateText(GridUnit column) => column.State switch
    {
        MonthState.Abgeschlossen => "abgeschlossen",
        MonthState.Eingereicht => "eingereicht",
        _ => "Entwurf",
    };

    protected override void OnParametersSet()
    {
        if (_state?.Grid != Grid)
        {
            _state = new EntryGridState(Grid, _state);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/erfassung-grid.js");
            _handle = await _module.InvokeAsync<IJSObjectReference>("init", _table, _self);
        }

        await OfferDraftAsync();
    }

    /// <summary>Once per loaded grid: entries left unsaved by a dropped connection are offered back.</summary>
    private async Task OfferDraftAsync()
    {
        if (Drafts is null || _draftChecked == Grid)
        {
            return;
        }

        _draftChecked = Grid;
        var found = await Drafts.DifferencesAsync(Grid, _state.Cells);
        _draftLookup = (Grid, found is not null);
        StateHasChanged();
        if (found is not { } draft)
        {
            return;
        }

        var restore = await Dialogs.ShowMessageBoxAsync("Nicht gespeicherte Eingaben", DraftStore.Question(draft.SavedAt, draft.Cells.Count),
            yesText: "Wiederherstellen", cancelText: "Verwerfen");
        if (restore == true)
        {
            draft.Cells.ForEach(d => d.Cell.SetText(d.Text));
            StateHasChanged();
            await ReportDirtyAsync();
        }
        else
        {
            await Drafts.ClearAsync(Grid);
        }
    }

    /// <summary>Called by the JS module with the clipboard text of a paste into the cell (row, column).</summary>
    [JSInvokable]
    public async Task PasteAsync(int row, int column, string text)
    {
        var report = _state.Paste(row, column, ExcelPaste.Parse(text));
        _pasteReport = report.Text();
        StateHasChanged();
        await ReportDirtyAsync();
    }

    private async Task OnTextAsync(EntryCell cell, string? text)
    {
        cell.SetText(text);
        await ReportDirtyAsync();
    }

    private async Task DiscardAsync()
    {
        _state = new EntryGridState(Grid);
        (_summary, _pasteReport) = ([], null);
        await ReportDirtyAsync();
    }

    private async Task SaveAsync()
    {
        if (_state.HasParseErrors)
        {
            ShowSummary("Nicht gespeichert: Bitte zuerst die markierten Eingaben korrigieren.",
                _state.Cells.Where(c => c.ParseFailed).Select(c => $"{c.Label}: {c.Error}"));
            return;
        }

        var unexplained = _state.Cells.Where(c => c.IsDirty && c.Confirm && !FigureFindings.IsReason(c.Reason)).ToList();
        if (unexplained.Count > 0)
        {
            ShowSummary($"Nicht gespeichert: Bitte zu jeder Bestätigung eine Begründung angeben (mindestens {FigureFindings.ReasonMinLength} Zeichen).",
                unexplained.Select(c => c.Label));
            return;
        }

        var batch = _state.DirtyBatch();
        if (batch.Inputs.Count == 0)
        {
            return;
        }

        _saving = true;
        SaveOutcome outcome;
        try
        {
            outcome = await Save(batch.Inputs);
        }
        finally
        {
            _saving = false;
        }

        var messages = _state.Apply(outcome, batch);
        _summary = [];
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                var changed = outcome.Saved.Count(s => s.Change != FigureChange.Unchanged);
                Snackbar.Add(changed == 1 ? "1 Wert gespeichert." : $"{changed} Werte gespeichert.", Severity.Success);
                await ReportDirtyAsync();
                await OnSaved.InvokeAsync();
                break;
            case SaveStatus.Conflict:
                await ResolveConflictsAsync(outcome.Conflicts, batch);
                break;
            default:
                ShowSummary(EntryTexts.Refused(outcome.Status), messages);
                break;
        }
    }

    private async Task ResolveConflictsAsync(IReadOnlyList<FigureConflict> conflicts, SaveBatch batch)
    {
        var parameters = new DialogParameters<ConflictDialog> { { d => d.Items, EntryConflicts.Items(conflicts, batch) } };
        var dialog = await Dialogs.ShowAsync<ConflictDialog>("Gleichzeitige Änderung", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is null || result.Canceled || result.Data is not Dictionary<string, ConflictChoice> choices)
        {
            ShowSummary("Nicht gespeichert: Gleichzeitige Änderung.", EntryConflicts.Summary(conflicts, batch));
            return;
        }

        var overwrite = EntryConflicts.Apply(conflicts, batch, choices);
        await ReportDirtyAsync();
        if (overwrite)
        {
            await SaveAsync();
        }
        else
        {
            await OnSaved.InvokeAsync(); // reload: the derived values follow the taken-over figures
        }
    }

    private void ShowSummary(string title, IEnumerable<string> lines) => (_summaryTitle, _summary) = (title, lines.ToList());

    private async Task ReportDirtyAsync()
    {
        if (Drafts is not null)
        {
            await Drafts.SaveAsync(Grid, _state.Cells);
        }

        if (_state.DirtyCount != _reportedDirty)
        {
            _reportedDirty = _state.DirtyCount;
            await DirtyCountChanged.InvokeAsync(_reportedDirty);
        }
    }

    private IEnumerable<(string Indicator, string Name, List<(GridRow Row, int Index)> Rows)> Groups() =>
        Grid.Rows.Select((row, i) => (row, i))
            .GroupBy(x => x.row.Indicator)
            .Select(g => (g.Key, g.First().row.IndicatorName, g.ToList()));

    private static string Prev(EntryCell cell) => EntryTexts.Value(cell.Stored.PreviousValue, cell, German.None);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_handle is not null)
            {
                await _handle.InvokeVoidAsync("dispose");
                await _handle.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the page.
        }

        _self?.Dispose();
    }
}
