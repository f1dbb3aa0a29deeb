using MeAktiv.Core.Features.Attainment;
using MeAktiv.Core.Security;

namespace MeAktiv.Core.Features.Reports;

/// <summary>
/// The Datenstand a report or the review names for its month (docs/kennzahlen.md): the coverage at the Jobcenter and
/// the units that have not submitted (those the user may see). While the month is not complete, the pages say
/// "vorläufig: n von m Einheiten eingereicht".
/// </summary>
public sealed record ReportCoverage(Coverage Coverage, IReadOnlyList<MissingUnit> Missing)
{
    public static readonly ReportCoverage None = new(new Coverage(0, 0, 0), []);

    /// <summary>Some unit that owes figures for the month has not submitted.</summary>
    public bool IsProvisional => Coverage.Expected > 0 && !Coverage.IsComplete;

    /// <summary>The coverage of <paramref name="jobcenter"/> (the Jobcenter's data) in the month.</summary>
    public static ReportCoverage Of(UserScope scope, AttainmentData? jobcenter, int year, int month)
    {
        if (jobcenter is null)
        {
            return None;
        }

        var coverage = jobcenter.CoverageOf(year, month);
        return new ReportCoverage(coverage.Coverage,
            coverage.Missing.Where(u => jobcenter.Datenstand.Find(u.Code) is { } unit && scope.CanSee(unit.Id)).ToList());
    }
}
