using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Seeding;

/// <summary>
/// The budget seed (issue 21): the lines (<c>budget-lines.csv</c>, added by code while missing) and the plan versions
/// with their amounts (<c>budget-plans.csv</c>, <c>budget-plan-amounts.csv</c>, a version added while missing); demo
/// only: the execution of 2014 and January–May 2015, the staff and Finanzen's month states (<c>demo/</c>), loaded
/// into a database without any execution. Every row audited like every other write.
/// </summary>
internal static class BudgetSeeder
{
    public static async Task SeedAsync(AppDbContext db, string folder, string user, DateTime at, CancellationToken ct)
    {
        var present = await db.BudgetLines.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);
        foreach (var row in SeedCsv.Read(Path.Combine(folder, "budget-lines.csv"), "Code", "Name", "Budget", "Group", "SortOrder", "InformKreis", "FromYear", "ToYear"))
        {
            if (!present.ContainsKey(row.Code("Code")))
            {
                var line = new BudgetLine
                {
                    Code = row.Code("Code"), Name = row.Text("Name"), Budget = row.Enum<BudgetKind>("Budget"), Group = row.Text("Group"),
                    SortOrder = row.Int("SortOrder"), InformKreis = row.Flag("InformKreis"), FromYear = row.Int("FromYear"),
                    ToYear = row.OptionalText("ToYear") is null ? null : row.Int("ToYear"),
                };
                present[line.Code] = line;
                db.BudgetLines.Add(line);
            }
        }

        await db.SaveChangesAsync(ct);
        var plans = await db.BudgetPlans.Select(p => new { p.Year, p.Number }).ToListAsync(ct);
        var amounts = SeedCsv.Read(Path.Combine(folder, "budget-plan-amounts.csv"), "Year", "Number", "Line", "Amount");
        foreach (var row in SeedCsv.Read(Path.Combine(folder, "budget-plans.csv"),
                     "Year", "Number", "DecidedOn", "VerwaltungAllocation", "EingliederungAllocation", "PlannedShift", "Assumed", "Note"))
        {
            var (year, number) = (row.Int("Year"), row.Int("Number"));
            if (plans.Any(p => p.Year == year && p.Number == number))
            {
                continue;
            }

            var plan = new BudgetPlan
            {
                Year = year, Number = number, DecidedOn = row.Date("DecidedOn"), Note = row.OptionalText("Note"),
                VerwaltungAllocation = row.Decimal("VerwaltungAllocation"), EingliederungAllocation = row.Decimal("EingliederungAllocation"),
                PlannedShift = row.Decimal("PlannedShift"), IsAssumed = row.Flag("Assumed"), CreatedBy = user, CreatedAt = at,
            };
            foreach (var a in amounts.Where(a => a.Int("Year") == year && a.Int("Number") == number))
            {
                var line = present.GetValueOrDefault(a.Code("Line")) ?? throw a.Error($"Die Position '{a.Code("Line")}' gibt es nicht.");
                plan.Amounts.Add(new BudgetPlanAmount { PlanId = plan.Id, LineId = line.Id, Amount = a.Decimal("Amount") });
            }

            db.BudgetPlans.Add(plan);
        }

        await db.SaveChangesAsync(ct);
    }

    public static async Task SeedDemoAsync(AppDbContext db, string folder, string user, DateTime at, CancellationToken ct)
    {
        if (await db.BudgetExecutions.AnyAsync(ct))
        {
            return;
        }

        var lines = await db.BudgetLines.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var demo = Path.Combine(folder, "demo");
        foreach (var row in SeedCsv.Read(Path.Combine(demo, "budget-execution.csv"), "Jahr", "Monat", "Position", "Mittelbindung", "Ausgaben"))
        {
            var line = lines.GetValueOrDefault(row.Code("Position")) ?? throw row.Error($"Die Position '{row.Code("Position")}' gibt es nicht.");
            db.BudgetExecutions.Add(new BudgetExecution
            {
                LineId = line.Id, Year = row.Int("Jahr"), Month = row.Int("Monat"), Committed = row.Decimal("Mittelbindung"),
                Paid = row.Decimal("Ausgaben"), IsDemo = true, UpdatedBy = user, UpdatedAt = at,
            });
        }

        foreach (var row in SeedCsv.Read(Path.Combine(demo, "staff.csv"), "Jahr", "Monat", "Einheit", "VZÄ Soll", "VZÄ Ist"))
        {
            if (units.TryGetValue(row.Code("Einheit"), out var unitId))
            {
                db.StaffMonths.Add(new StaffMonth
                {
                    OrgUnitId = unitId, Year = row.Int("Jahr"), Month = row.Int("Monat"), PlannedFte = row.Decimal("VZÄ Soll"),
                    ActualFte = row.Decimal("VZÄ Ist"), IsDemo = true, UpdatedBy = user, UpdatedAt = at,
                });
            }
        }

        foreach (var row in SeedCsv.Read(Path.Combine(demo, "finance-months.csv"), "Year", "Month", "State"))
        {
            var state = row.Enum<MonthState>("State");
            db.FinanceMonths.Add(new FinanceMonth
            {
                Year = row.Int("Year"), Month = row.Int("Month"), State = state, SubmittedBy = user, SubmittedAt = at,
                ClosedBy = state == MonthState.Abgeschlossen ? user : null, ClosedAt = state == MonthState.Abgeschlossen ? at : null,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
