using MeAktiv.Core.Features.Privacy;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// The small-cell rule (<see cref="Disclosure"/>) on the review screen, live and frozen: for the Träger a count of
/// 1..n−1 is removed with the forecast computed from it, in the slides and their chart points. A frozen snapshot stays
/// as stored; only what is shown to such a caller is masked.
/// </summary>
internal static class ReviewPrivacy
{
    /// <summary>The model as the caller may see it, and whether anything was removed.</summary>
    public static (ReviewModel Model, bool Changed) Apply(Disclosure caller, ReviewModel model)
    {
        if (!caller.HidesSmallCounts)
        {
            return (model, false);
        }

        var targets = model.Targets.Select(s => Slide(caller, s)).ToList();
        var monitoring = model.Monitoring.Select(s => Slide(caller, s)).ToList();
        var changed = !targets.SequenceEqual(model.Targets) || !monitoring.SequenceEqual(model.Monitoring);
        return changed ? (model with { Targets = targets, Monitoring = monitoring }, true) : (model, false);
    }

    private static ReviewTargetSlide Slide(Disclosure caller, ReviewTargetSlide slide)
    {
        var unit = slide.Unit;
        if (!caller.Hides(slide.Actual, unit) && !caller.Hides(slide.Forecast, unit) && !slide.Points.Any(p => caller.Hides(p.Value, unit)))
        {
            return slide;
        }

        var actualHidden = caller.Hides(slide.Actual, unit);
        return slide with
        {
            Actual = actualHidden ? null : slide.Actual,
            Forecast = actualHidden || caller.Hides(slide.Forecast, unit) ? null : slide.Forecast,
            Points = slide.Points.Select(p => caller.Hides(p.Value, unit) ? p with { Value = null } : p).ToList(),
            ActualHiddenBelow = actualHidden ? caller.HiddenBelow : null,
        };
    }
}
