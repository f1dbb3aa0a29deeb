using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Steuerung;

/// <summary>
/// The Jobcenter's latest complete month and the month being entered (<see cref="SteuerungCalendar"/>), kept with the
/// figures' and the reference data's stamps they were computed at: they follow from the organisation, the reporting
/// duties, the indicator years (reference stamp) and the month states and figures (figures' stamp). A page that needs
/// the reference day (e.g. whether "Maßnahme anlegen" is offered on the Gesamtübersicht) then reads the stamps (one
/// command) instead of all units, duties and month states of every year. Read the stamps before the data.
/// </summary>
public sealed class EnteringMonthCache
{
    private Entry? _entry;

    /// <summary>The months computed at <paramref name="stamps"/>, if they are the ones kept.</summary>
    internal Months? Get(Stamps stamps) => Volatile.Read(ref _entry) is { } e && e.Stamps == stamps ? e.Months : null;

    internal void Put(Stamps stamps, Months months) => Volatile.Write(ref _entry, new Entry(stamps, months));

    /// <summary>The Jobcenter's latest complete month and the month being entered (null: none).</summary>
    internal sealed record Months(YearMonth? LatestComplete, YearMonth? Entering);

    private sealed record Entry(Stamps Stamps, Months Months);
}
