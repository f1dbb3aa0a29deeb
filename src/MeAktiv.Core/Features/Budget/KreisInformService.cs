using MeAktiv.Core.Common;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Zielvereinbarung IV.3: when the funds of a § 16a service will not suffice, the Kreis is told early. For every line
/// with <see cref="BudgetLine.InformKreis"/> projected above its plan (the submitted months, <see cref="BudgetQueries"/>)
/// a duty „Kreis informieren“ of the Jobcenter is created, due in <see cref="BudgetOptions.InformKreisDays"/> days, owned
/// by the Geschäftsführung: once per line and year (code <c>KREIS-&lt;year&gt;-&lt;line&gt;</c>), audited, followed up
/// in Pflichten und Meilensteine like every duty.
/// </summary>
public sealed class KreisInformService(IDbContextFactory<AppDbContext> factory, BudgetQueries queries, IOptions<BudgetOptions> options,
    TimeProvider clock)
{
    public const string User = "Haushaltsüberwachung";

    /// <summary>Creates the missing duties of the year; returns how many were created.</summary>
    public async Task<int> EnsureAsync(int year, CancellationToken ct = default)
    {
        var reader = new UserScope(User, new HashSet<string> { Roles.Geschaeftsfuehrung }, new HashSet<int>(), new HashSet<int>());
        if (await queries.LoadAsync(reader, year, null, ct) is not { Month: { } month } report)
        {
            return 0;
        }

        var flagged = report.KreisInformieren.ToList();
        if (flagged.Count == 0)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var root = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Jobcenter).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (root is null)
        {
            return 0;
        }

        var codes = flagged.Select(l => CodeOf(year, l.Code)).ToList();
        var present = await db.QualitativeTargets.Where(q => codes.Contains(q.Code)).Select(q => q.Code).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = DateOnly.FromDateTime(German.ToLocal(now)).AddDays(options.Value.InformKreisDays);
        var created = 0;
        foreach (var line in flagged.Where(l => !present.Contains(CodeOf(year, l.Code))))
        {
            var f = line.Figures;
            var input = new QualitativeTargetInput(year, root.Code, $"Kreis informieren: {line.Name}",
                $"Hochrechnung {German.Euro(decimal.Round(f.Projection, 0))} über dem Plan von {German.Euro(f.Plan)} " +
                $"(Stand {German.Month(year, month)}). Den Kreis Mettmann über den voraussichtlichen Bedarf bis zum Jahresende informieren.",
                "Geschäftsführung", due, DutyStatus.Open, null, $"Zielvereinbarung {year}, IV.3 (Haushalt)", CodeOf(year, line.Code), null);
            db.QualitativeTargets.Add(QualitativeTargetService.New(input, input.Code!, root.Id, User, now));
            created++;
        }

        if (created > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return created;
    }

    public static string CodeOf(int year, string line) => $"KREIS-{year}-{line}";
}
