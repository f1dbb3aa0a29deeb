using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MudBlazor;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// Submitting a unit's month from the Erfassung: when targets will be off track and have no comment (the service's
/// <see cref="WorkflowFailure.CommentsRequired"/>), the <see cref="DeviationCommentDialog"/> asks for one per target and
/// the month is submitted with them; cancelling leaves the month in Entwurf.
/// </summary>
internal static class SubmitMonthFlow
{
    /// <returns>The outcome, or null when the user cancelled the comments.</returns>
    public static async Task<WorkflowResult?> SubmitAsync(MonthWorkflowService workflow, IDialogService dialogs, UserScope scope,
        string unitCode, string unitName, MonthValue month, DeviationLevel level)
    {
        var result = await workflow.SubmitAsync(scope, unitCode, month.Year, month.Month);
        if (result.Failure != WorkflowFailure.CommentsRequired)
        {
            return result;
        }

        var dialog = await dialogs.ShowAsync<DeviationCommentDialog>("Zielabweichungen kommentieren",
            new DialogParameters<DeviationCommentDialog>
            {
                { d => d.Subject, $"{unitName}, {month.Text}" },
                { d => d.LevelText, DeviationRule.Text(level) },
                { d => d.Deviations, result.Deviations },
            },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: IReadOnlyList<DeviationComment> comments }
            ? await workflow.SubmitAsync(scope, unitCode, month.Year, month.Month, comments)
            : null;
    }
}
