using System.Security.Cryptography;
using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Unsaved entries of the Erfassung grid, kept in the browser's local storage (encrypted and signed with the app's
/// data-protection keys, which live in the database) after every edit, per user, unit set and month: a dropped circuit
/// or a server restart loses the circuit, not the entries. The grid offers them back when it opens; a save or a discard
/// with nothing left unsaved removes the draft. Best effort: a browser that cannot store simply keeps no draft.
/// </summary>
public sealed class DraftStore(ProtectedLocalStorage storage, AuthenticationStateProvider auth, TimeProvider clock)
{
    /// <summary>Stores the texts of the grid's unsaved cells, or removes the draft when there are none.</summary>
    public async Task SaveAsync(FigureGrid grid, IEnumerable<EntryCell> cells)
    {
        var texts = cells.Where(c => c.IsDirty && c.Editable).ToDictionary(c => c.Key, c => c.Text);
        var key = await KeyAsync(grid);
        await BestEffortAsync(() => texts.Count == 0
            ? storage.DeleteAsync(key).AsTask()
            : storage.SetAsync(key, new GridDraft(clock.GetUtcNow().UtcDateTime, texts)).AsTask());
    }

    /// <summary>The cells whose draft differs from what the grid shows now, with the draft's time; null if none.</summary>
    public async Task<(DateTime SavedAt, List<(EntryCell Cell, string Text)> Cells)?> DifferencesAsync(FigureGrid grid, IEnumerable<EntryCell> cells)
    {
        GridDraft? draft = null;
        var key = await KeyAsync(grid);
        await BestEffortAsync(async () => draft = (await storage.GetAsync<GridDraft>(key)) is { Success: true, Value: { } d } ? d : null);
        if (draft is null)
        {
            return null;
        }

        var differing = cells
            .Where(c => c.Editable && draft.Texts.TryGetValue(c.Key, out var text)
                        && (!GermanNumber.TryParse(text, out var value) || value != c.Value))
            .Select(c => (c, draft.Texts[c.Key]))
            .ToList();
        return differing.Count == 0 ? null : (draft.SavedAt, differing);
    }

    public async Task ClearAsync(FigureGrid grid)
    {
        var key = await KeyAsync(grid);
        await BestEffortAsync(() => storage.DeleteAsync(key).AsTask());
    }

    public static string Question(DateTime savedAt, int count) =>
        $"Nicht gespeicherte Eingaben vom {German.Time(savedAt)} wiederherstellen? " +
        (count == 1 ? "1 Wert weicht von den gespeicherten Zahlen ab." : $"{count} Werte weichen von den gespeicherten Zahlen ab.");

    private async Task<string> KeyAsync(FigureGrid grid)
    {
        var user = (await auth.GetAuthenticationStateAsync()).User.Identity?.Name?.ToLowerInvariant() ?? "";
        return $"meaktiv-entwurf|{user}|{string.Join(",", grid.Units.Select(u => u.Key))}|{grid.Year:D4}-{grid.Month:D2}";
    }

    private static async Task BestEffortAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException or CryptographicException
                                       or InvalidOperationException)
        {
            // No storage, no connection, or a draft protected with keys that no longer exist: no draft.
        }
    }

    /// <summary>What is stored: when, and the typed text per cell key (<c>K2-INT-VEL-MI</c>).</summary>
    public sealed record GridDraft(DateTime SavedAt, Dictionary<string, string> Texts);
}
