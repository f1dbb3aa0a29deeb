using MeAktiv.Core.Domain;
using MeAktiv.Core.Kennzahlen;

namespace MeAktiv.Web.Features.Targets;

/// <summary>A target's period and phasing in the API: <c>"periodFrom": "2015-04"</c>, <c>"phasing": {"kind": "Plan", "plan": […]}</c>.</summary>
internal static class TargetPeriodJson
{
    public const string KindMessage = "Unbekannte Phasierung: erlaubt sind Linear, LastYear und Plan.";

    public static string Month(YearMonth month) => $"{month.Year:D4}-{month.Month:D2}";

    public static object Phasing(TargetPhasing kind, TargetProfile profile) =>
        new { Kind = kind.ToString(), Plan = kind == TargetPhasing.Plan ? profile.Plan : null };

    public static TargetPhasing? Kind(string? text) =>
        Enum.TryParse<TargetPhasing>(text?.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _)
            ? kind
            : null;

    /// <summary>The first field of the body that cannot be read (month format, phasing kind), or null.</summary>
    public static (string Field, string Message)? Problem(TargetRequest body)
    {
        if (body.PeriodFrom is not null && YearMonth.Parse(body.PeriodFrom) is null)
        {
            return ("periodFrom", YearMonth.FormatMessage);
        }

        if (body.PeriodTo is not null && YearMonth.Parse(body.PeriodTo) is null)
        {
            return ("periodTo", YearMonth.FormatMessage);
        }

        if (body.Phasing is { } phasing && Kind(phasing.Kind) is null)
        {
            return ("phasing", KindMessage);
        }

        return null;
    }
}

/// <summary>The phasing of a target in <c>PUT /api/v1/targets/…</c>: kind Linear, LastYear or Plan, and the plan's amounts.</summary>
public sealed record PhasingRequest(string? Kind, IReadOnlyList<decimal>? Plan);
