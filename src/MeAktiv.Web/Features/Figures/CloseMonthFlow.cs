using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MudBlazor;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Closing a unit's month from the Monatsabschluss and the Erfassung: a month that was not submitted is closed only
/// after the user confirms the question that names what is missing (issue 16 (7)); a month without any figure where
/// figures are owed is refused by the service either way. Reopening a closed month, from the same two pages, asks for
/// the reason first (<see cref="ReasonDialog"/>; the service checks rights and the reason again).
/// </summary>
internal static class CloseMonthFlow
{
    /// <returns>The outcome, or null when the user did not confirm.</returns>
    public static async Task<WorkflowResult?> CloseAsync(MonthWorkflowService workflow, IDialogService dialogs, UserScope scope,
        string unitCode, MonthValue month)
    {
        var result = await workflow.CloseAsync(scope, unitCode, month.Year, month.Month);
        if (result.Failure != WorkflowFailure.NeedsConfirmation)
        {
            return result;
        }

        var confirmed = await dialogs.ShowMessageBoxAsync("Monat nicht eingereicht", result.Error ?? "",
            yesText: "Trotzdem abschließen", cancelText: "Abbrechen");
        return confirmed == true ? await workflow.CloseAsync(scope, unitCode, month.Year, month.Month, confirm: true) : null;
    }

    /// <returns>The outcome, or null when the user cancelled the reason dialog.</returns>
    public static async Task<WorkflowResult?> ReopenAsync(MonthWorkflowService workflow, IDialogService dialogs, UserScope scope,
        string unitCode, string unitName, MonthValue month)
    {
        var dialog = await dialogs.ShowAsync<ReasonDialog>("Monat wieder öffnen",
            new DialogParameters<ReasonDialog> { { d => d.Subject, $"{month.Text} von {unitName}" } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: string reason }
            ? await workflow.ReopenAsync(scope, unitCode, month.Year, month.Month, reason)
            : null;
    }
}
