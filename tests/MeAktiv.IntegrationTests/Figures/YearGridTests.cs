using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Figures;

/// <summary>The Erfassung grid with a team's months as columns, on the demo data (≤ 04/2015 closed, 05 submitted, 06 draft).</summary>
[Collection(SharedAppCollection.Name)]
public sealed class YearGridTests(MeAktivAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<FigureGrid?> LoadAsync(string email, string unit)
    {
        var user = await app.ScopeAsync(email, Roles.Teamleitung);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureYearGridQueries>().LoadAsync(user, unit, 2015, 6, Ct);
    }

    [Fact]
    public async Task A_team_lead_gets_its_months_with_stored_values_and_closed_months_read_only()
    {
        var grid = (await LoadAsync(DemoAccounts.Teamleitung("VEL-MI"), "VEL-MI")).ShouldNotBeNull();

        grid.Units.Select(u => (u.Month, u.State, u.Editable)).ShouldBe([
            (1, MonthState.Abgeschlossen, false), (2, MonthState.Abgeschlossen, false), (3, MonthState.Abgeschlossen, false),
            (4, MonthState.Abgeschlossen, false), (5, MonthState.Eingereicht, true), (6, MonthState.Entwurf, true)]);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.MonthlyValues.AsNoTracking()
            .Where(v => v.OrgUnit!.Code == "VEL-MI" && v.Component!.Indicator!.Code == "K2" && v.Component.Code == "INT" && v.Year == 2015)
            .ToDictionaryAsync(v => v.Month, v => v.Value, Ct);
        var row = grid.Rows.Single(r => r is { Indicator: "K2", Component: "INT" });
        foreach (var column in grid.Units)
        {
            var cell = grid.Cell(row, column).ShouldNotBeNull();
            cell.Value.ShouldBe(stored[column.Month!.Value]);
            if (column.Month > 1)
            {
                cell.PreviousValue.ShouldBe(stored[column.Month.Value - 1]);
            }
        }
    }

    [Fact]
    public async Task Another_teams_year_is_not_shown_to_a_team_lead()
    {
        (await LoadAsync(DemoAccounts.Teamleitung("VEL-MI"), "HIL-MI")).ShouldBeNull();
    }
}
