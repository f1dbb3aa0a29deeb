using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Features.Budget;
using MeAktiv.Core.Features.Privacy;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Core.Features.Reports;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Review;

/// <summary>Builds the review slides of a quarter from the current figures, targets, comments and measures, and the
/// Jobcenter's qualitative targets (Pflichten und Meilensteine) of the year.</summary>
public sealed class ReviewService(AttainmentQueries queries, DatenstandQueries datenstand, IReviewNotesSource notes, SmallCellRule cells,
    QualitativeTargetQueries duties, BudgetQueries budget, TimeProvider time)
{
    private static readonly TargetCategory[] TargetCategories =
        [TargetCategory.BaZiel, TargetCategory.LokalesZiel, TargetCategory.KommunalesZiel];

    public async Task<ReviewModel> BuildAsync(UserScope scope, int year, int quarter, CancellationToken ct = default)
    {
        ReportPeriods.CheckYear(year);
        ReportPeriods.CheckQuarter(quarter);
        (year, quarter) = await datenstand.ShownQuarterAsync(scope, year, quarter, ct); // the Träger: complete quarters only
        var month = quarter * 3;
        var data = await queries.LoadAsync(scope, "JC", year, year, ct);
        var notesOfQuarter = await notes.GetAsync(scope, year, month, ct);
        var targets = data.IndicatorsOf(year)
            .Where(i => TargetCategories.Contains(i.Category) && data.TargetOf(i, year, month) is not null)
            .Select(i => Slide(data, i, year, month, notesOfQuarter))
            .ToList();
        var monitoring = data.IndicatorsOf(year)
            .Where(i => i.Category == TargetCategory.Monitoring && (data.TargetOf(i, year, month) is not null || data.HasFigures(i)))
            .Select(i => Slide(data, i, year, month, notesOfQuarter))
            .ToList();
        return ReviewPrivacy.Apply(cells.For(scope), new ReviewModel(year, quarter, month, data.UnitName, time.GetUtcNow().UtcDateTime,
            targets.Concat(monitoring).Any(s => s.IsProvisional), data.HasDemoFigures, targets, notesOfQuarter.Measures, monitoring)
            {
                Datenstand = ReportCoverage.Of(scope, data, year, month),
                Duties = (await duties.ListAsync(scope, year, data.UnitCode, ct)).Where(d => d.Unit == data.UnitCode).Select(d => d.Line).ToList(),
                Budget = ReviewBudget.Of(await budget.LoadAsync(scope, year, month, ct)),
            }).Model;
    }

    private static ReviewTargetSlide Slide(AttainmentData data, Indicator indicator, int year, int month, ReviewNotes notes)
    {
        var target = data.TargetOf(indicator, year, month);
        var result = data.Calculate(indicator, year, month);
        var points = Enumerable.Range(1, month)
            .Select(m => data.Calculate(indicator, year, m))
            .Select((r, i) => new ReviewPoint(i + 1, r.Actual, r.PhasedTarget))
            .ToList();
        return new ReviewTargetSlide(indicator.Code, indicator.Name, indicator.Category, indicator.Unit,
            indicator.Formula is FormulaKind.ChangeOfSum or FormulaKind.ChangeOfAverage,
            target?.Annual, target?.Version.Status, target?.Version.Note, result.Actual, result.PhasedTarget, result.Light, result.Forecast,
            result.ForecastMethod, points, notes.Comments.GetValueOrDefault(indicator.Code))
        {
            TargetVersion = target?.Version.Number,
            TargetReason = target?.Version.Reason,
        };
    }
}
