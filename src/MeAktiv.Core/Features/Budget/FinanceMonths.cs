using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The month checks and the one save shared by the budget and the staff entry.</summary>
internal static class FinanceMonths
{
    public static async Task<HashSet<(int Year, int Month)>> ClosedAsync(AppDbContext db, IReadOnlyList<int> years, CancellationToken ct) =>
        (await db.FinanceMonths.AsNoTracking().Where(m => years.Contains(m.Year) && m.State == MonthState.Abgeschlossen)
            .Select(m => new { m.Year, m.Month }).ToListAsync(ct)).Select(m => (m.Year, m.Month)).ToHashSet();

    /// <summary>Why nothing may be entered for this month, or null.</summary>
    public static string? Problem(int year, int month, HashSet<(int Year, int Month)> closed) =>
        year is < 2000 or > 2100 ? $"Das Jahr {year} liegt außerhalb von 2000 bis 2100."
        : month is < 1 or > 12 ? $"Den Monat {month} gibt es nicht (1 bis 12)."
        : closed.Contains((year, month)) ? $"{German.Month(year, month)} ist abgeschlossen; die Geschäftsführung kann ihn mit Begründung wieder öffnen."
        : null;

    /// <summary>One save; a concurrent change of a row read is a conflict (409), nothing saved.</summary>
    public static async Task<BudgetResult> SaveAsync(AppDbContext db, int count, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return BudgetResult.Done(count);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is not null)
        {
            return BudgetResult.Fail(BudgetFailure.Conflict, "Jemand hat diese Werte gerade gespeichert. Bitte neu laden und erneut speichern.");
        }
    }
}
