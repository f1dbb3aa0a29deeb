using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;

namespace MeAktiv.Web.Features.QualitativeTargets;

/// <summary>The fields of the form on <c>/ziele/pflichten</c>: empty for a new one, or a copy of one read (with its version).</summary>
public sealed class DutyFormModel
{
    public Guid? Id { get; set; }

    public Guid? Version { get; set; }

    public int Year { get; set; }

    public string UnitCode { get; set; } = "JC";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string Owner { get; set; } = "";

    public DateTime? DueDate { get; set; }

    public DutyStatus Status { get; set; }

    public string? Evidence { get; set; }

    public string? Source { get; set; }

    /// <summary>Only status and evidence may be changed (the owner, who does not maintain the unit).</summary>
    public bool StatusOnly { get; set; }

    public static DutyFormModel Of(QualitativeTargetView v) => new()
    {
        Id = v.Id, Version = v.Version, Year = v.Year, UnitCode = v.Unit, Title = v.Title, Description = v.Description, Owner = v.Owner,
        DueDate = v.DueDate.ToDateTime(TimeOnly.MinValue), Status = v.Status, Evidence = v.Evidence, Source = v.Source, StatusOnly = !v.CanEdit,
    };

    public QualitativeTargetInput ToInput() => new(Year, UnitCode, Title, Description, Owner,
        DueDate is { } d ? DateOnly.FromDateTime(d) : default, Status, Evidence, Source, null, Version);
}
