using System.Globalization;
using System.Text.Json;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Audit;

/// <summary>
/// The reason of an audited change travels with its save, not on an object that the saves of one circuit share:
/// saves running at the same time in one DI scope (as in one Blazor circuit) each record their own reason, and a save
/// without a reason records none — through the change tracker (month workflow) and the SQLite bulk path (new figures).
/// </summary>
public sealed class AuditReasonConcurrencyTests(MeAktivAppFactory app) : IClassFixture<MeAktivAppFactory>
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string[] Reopened = ["VEL-MI", "HIL-MI"];
    private const string Closed = "LAN-MI";
    private const string FigureUnit = "RAT-MI";

    [Fact]
    public async Task Saves_running_at_once_in_one_circuit_each_record_their_own_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        var gf = await app.ScopeAsync(DemoAccounts.Geschaeftsfuehrung, Roles.Geschaeftsfuehrung);
        // Months before the demo figures: this test's own month states.
        var months = Enumerable.Range(0, 24).Select(i => (Year: 2008 + (i / 12), Month: (i % 12) + 1)).ToList();
        var figureLines = await ValidRows.GenerateAsync(app.DatabasePath, months.Count, u => u == FigureUnit);
        await using var circuit = app.Services.CreateAsyncScope();
        var flow = circuit.ServiceProvider.GetRequiredService<MonthWorkflowService>();
        var figures = circuit.ServiceProvider.GetRequiredService<FigureEntryService>();
        foreach (var (year, month) in months)
        {
            foreach (var unit in Reopened)
            {
                (await flow.CloseAsync(gf, unit, year, month, ct: ct)).Ok.ShouldBeTrue();
            }
        }

        for (var i = 0; i < months.Count; i++)
        {
            var (year, month) = months[i];
            // Two reopenings with different reasons, a closing and a figure save (both without a reason), all at once.
            var reopenA = Task.Run(() => flow.ReopenAsync(gf, Reopened[0], year, month, Reason(Reopened[0], year, month), ct), ct);
            var reopenB = Task.Run(() => flow.ReopenAsync(gf, Reopened[1], year, month, Reason(Reopened[1], year, month), ct), ct);
            var close = Task.Run(() => flow.CloseAsync(gf, Closed, year, month, ct: ct), ct);
            var save = Task.Run(() => figures.SaveAsync(gf, [Input(figureLines[i])], ct: ct), ct);
            await Task.WhenAll(reopenA, reopenB, close, save);
            ((await reopenA).Ok, (await reopenB).Ok, (await close).Ok, (await save).Status)
                .ShouldBe((true, true, true, SaveStatus.Saved));
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var codes = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var statuses = (await db.MonthStatuses.AsNoTracking().Where(s => s.Year == 2008 || s.Year == 2009).ToListAsync(ct))
            .ToDictionary(s => s.Id.ToString(), s => (Unit: codes[s.OrgUnitId], s.Year, s.Month));
        var statusAudits = (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(MonthStatus)).ToListAsync(ct))
            .Where(a => statuses.ContainsKey(a.EntityKey)).ToList();
        var savedIds = (await db.MonthlyValues.AsNoTracking()
                .Where(v => v.UpdatedBy == DemoAccounts.Geschaeftsfuehrung && v.Year >= 2016).Select(v => v.Id).ToListAsync(ct))
            .Select(id => id.ToString()).ToHashSet();
        var figureAudits = (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(MonthlyValue)).ToListAsync(ct))
            .Where(a => savedIds.Contains(a.EntityKey)).ToList();

        // Per reopened unit and month: the closing (Added) and the reopening (Modified); per closed unit: the closing.
        statusAudits.Count.ShouldBe(months.Count * ((2 * Reopened.Length) + 1));
        var reopenings = statusAudits.Where(a => ReopenReason(a) is not null).ToList();
        reopenings.Count.ShouldBe(months.Count * Reopened.Length);
        foreach (var audit in reopenings)
        {
            var (unit, year, month) = statuses[audit.EntityKey];
            ReopenReason(audit).ShouldBe(Reason(unit, year, month));
            audit.Reason.ShouldBe(Reason(unit, year, month), $"{unit} {year}-{month:D2}");
        }

        statusAudits.Except(reopenings).ShouldAllBe(a => a.Reason == null);
        figureAudits.Count.ShouldBe(months.Count);
        figureAudits.ShouldAllBe(a => a.Reason == null);
    }

    private static string Reason(string unit, int year, int month) => $"Korrektur {unit} {year:D4}-{month:D2}";

    /// <summary>The reason stored on the month itself by this change (null: the change did not reopen it).</summary>
    private static string? ReopenReason(AuditEntry audit) =>
        audit.NewValues is { } json && JsonDocument.Parse(json).RootElement.TryGetProperty(nameof(MonthStatus.ReopenReason), out var reason)
            && reason.ValueKind == JsonValueKind.String
            ? reason.GetString()
            : null;

    private static FigureInput Input(string line)
    {
        var f = line.Split(';');
        return new FigureInput(f[1], f[2], f[3], int.Parse(f[0][..4], CultureInfo.InvariantCulture),
            int.Parse(f[0][5..], CultureInfo.InvariantCulture), decimal.Parse(f[4], German));
    }
}
