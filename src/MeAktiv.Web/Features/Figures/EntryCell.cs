using MeAktiv.Core.Common;
using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Web.Features.Figures;

/// <summary>
/// One input of the Erfassung grid: the text the user typed or pasted, the number it stands for, the version to send
/// with it, and what the last save said about it. Dirty = differs from the value it was loaded with (or took over).
/// </summary>
public sealed class EntryCell(int row, int column, GridRow gridRow, GridUnit unit, GridCell stored)
{
    public int Row { get; } = row;

    public int Column { get; } = column;

    public GridRow GridRow { get; } = gridRow;

    public GridUnit Unit { get; } = unit;

    public GridCell Stored { get; } = stored;

    /// <summary>The value the edit is compared with: the stored value, or the one taken over in a conflict.</summary>
    public decimal? BaseValue { get; private set; } = stored.Value;

    /// <summary>The version sent with the save: the one loaded, or the one seen in a conflict ("overwrite knowingly").</summary>
    public Guid? Version { get; private set; } = stored.Version;

    public string Text { get; private set; } = German.Input(stored.Value, gridRow.Kind);

    public decimal? Value { get; private set; } = stored.Value;

    public bool ParseFailed { get; private set; }

    /// <summary>The German message shown at the field (from parsing or from the last save).</summary>
    public string? Error { get; set; }

    /// <summary>The last save reported soft plausibility findings (a jump, far above the last 12 months); the user may
    /// confirm them with a reason.</summary>
    public bool NeedsConfirmation { get; set; }

    /// <summary>The user confirms the findings; sent with <see cref="Reason"/>.</summary>
    public bool Confirm { get; set; }

    /// <summary>Why the value is right although it looks implausible (kept in the audit history).</summary>
    public string Reason { get; set; } = "";

    public bool IsDirty => ParseFailed || Value != BaseValue;

    public bool Editable => Unit.Editable;

    /// <summary>Stable id for tests and labels: <c>K2-INT-VEL-MI</c> (year layout: <c>K2-INT-VEL-MI-03</c>).</summary>
    public string Key => $"{GridRow.Indicator}-{GridRow.Component}-{Unit.Key}";

    public string Label => $"{GridRow.ComponentName} ({GridRow.Indicator}), {Unit.Name}";

    /// <summary>The user typed or pasted <paramref name="text"/>: parse it; a new value needs a new confirmation.</summary>
    public void SetText(string? text)
    {
        var previous = Value;
        Text = text ?? "";
        ParseFailed = !GermanNumber.TryParse(Text, out var value);
        Value = ParseFailed ? null : value;
        Error = ParseFailed ? GermanNumber.Invalid : null;
        if (ParseFailed || previous != Value)
        {
            NeedsConfirmation = false;
            Confirm = false;
        }
    }

    /// <summary>The value is stored now (saved, or taken over from someone else): clean again.</summary>
    public void Accept(decimal? value, Guid? version)
    {
        (BaseValue, Version, Value, Text, ParseFailed) = (value, version, value, German.Input(value, GridRow.Kind), false);
        (Error, NeedsConfirmation, Confirm, Reason) = (null, false, false, "");
    }

    /// <summary>Keep the user's value over a stored one it knows about: the save sends that version.</summary>
    public void Overwrite(decimal? storedValue, Guid? storedVersion) => (BaseValue, Version) = (storedValue, storedVersion);

    /// <summary>Carry an unsaved edit over into a freshly loaded grid (same figure).</summary>
    internal void CarryOver(EntryCell edited)
    {
        (Text, Value, ParseFailed, BaseValue, Version) = (edited.Text, edited.Value, edited.ParseFailed, edited.BaseValue, edited.Version);
        (Error, NeedsConfirmation, Confirm, Reason) = (edited.Error, edited.NeedsConfirmation, edited.Confirm, edited.Reason);
    }

    /// <param name="year">The grid's year.</param>
    /// <param name="month">The grid's month; a column of the year layout has its own.</param>
    public FigureInput ToInput(int year, int month) =>
        new(Unit.Code, GridRow.Indicator, GridRow.Component, year, Unit.Month ?? month, Value, Version, Confirm,
            Confirm ? Reason.Trim() : null);
}
