using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Targets;

namespace MeAktiv.Core.Features.Review;

/// <summary>
/// The line of the compare view for a target whose version changed between two Stände:
/// "K2 Jobcenter: Ziel 21,40 % (vorläufig, V2) → 21,60 % (angepasst, V4): Sonderprojekte zusätzlich".
/// Snapshots frozen before the version was kept (no <see cref="ReviewTargetSlide.TargetVersion"/>) give null.
/// </summary>
public static class ReviewTargetChange
{
    public static string? Text(string unitName, ReviewTargetSlide before, ReviewTargetSlide? after)
    {
        if (before.TargetVersion is not { } from || after?.TargetVersion is not { } to || from == to)
        {
            return null;
        }

        var text = $"{before.Code} {unitName}: Ziel {Version(before, from)} → {Version(after, to)}";
        return after.TargetReason is { Length: > 0 } reason ? $"{text}: {reason}" : text;
    }

    private static string Version(ReviewTargetSlide slide, int number) =>
        $"{German.Target(slide.Target, slide.Unit, slide.IsChange)} ({(slide.Status is { } s ? TargetStatusNames.Text(s) : "ohne Status")}, V{number})";
}
