using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Common;

/// <summary>Setting <c>Clock:Today</c> (JJJJ-MM-TT): the business day the app counts from in a demo whose data end in
/// the past (e.g. <c>2015-07-08</c>). Empty in production: the real date.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    public DateOnly? Today { get; set; }
}

/// <summary>
/// The app's business "today" (deadlines, reminders, due and overdue): <see cref="ClockOptions.Today"/> when set, else
/// the local date in Germany. Audit and technical timestamps stay on the real <see cref="TimeProvider"/>.
/// </summary>
public sealed class BusinessClock(TimeProvider clock, IOptions<ClockOptions> options)
{
    public DateOnly Today => options.Value.Today ?? DateOnly.FromDateTime(German.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>Whether a demo day is set (shown on the notification page).</summary>
    public bool IsFixed => options.Value.Today is not null;
}
