using System.Globalization;
using MeAktiv.Core.Data;
using MeAktiv.Core.Domain;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// Generates valid import lines from the organisation in a database file: month by month from July 2016 (a year after
/// the demo figures end, so no month is closed and no plausibility rule compares them with the demo figures: neither
/// last month nor the same month last year nor the last 12 months), every unit that exists in the month (optionally
/// only some), every component of every indicator entered at the unit's level, steady values (a "davon" part equal
/// to its whole).
/// </summary>
internal static class ValidRows
{
    /// <param name="withoutPairs">Leave out the components of part/whole pairs (for tests that change values at random).</param>
    public static async Task<List<string>> GenerateAsync(string databasePath, int count, Func<string, bool>? unitFilter = null,
        bool withoutPairs = false) =>
        Generate(await ReadOrganisationAsync(databasePath), count, unitFilter, withoutPairs);

    /// <summary>The same from the app's own database, read through EF (any provider, e.g. SQL Server).</summary>
    public static async Task<List<string>> GenerateAsync(MeAktivAppFactory app, int count, Func<string, bool>? unitFilter = null,
        bool withoutPairs = false) =>
        Generate(await ReadOrganisationAsync(app), count, unitFilter, withoutPairs);

    private static List<string> Generate((List<Unit> Units, List<Component> Components) organisation, int count,
        Func<string, bool>? unitFilter, bool withoutPairs)
    {
        var (units, components) = organisation;
        var lines = new List<string>(count);
        var last = new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 1).AddMonths(-1);
        for (var month = new DateOnly(2016, 7, 1); lines.Count < count && month <= last; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            foreach (var unit in units.Where(u => u.From <= end && (u.To is null || u.To >= month) && (unitFilter?.Invoke(u.Code) ?? true)))
            {
                foreach (var c in components.Where(c => c.Levels.HasFlag(unit.Kind.ToEntryLevel()) && !(withoutPairs && c.InPair)))
                {
                    lines.Add($"{month:yyyy-MM};{unit.Code};{c.Indicator};{c.Code};{Value(c.Kind)}");
                }
            }
        }

        return lines.Count >= count
            ? lines[..count]
            : throw new InvalidOperationException($"Only {lines.Count} valid lines from 2016-07 to {last:yyyy-MM}.");
    }

    private static string Value(ComponentKind kind) => kind switch
    {
        ComponentKind.Count or ComponentKind.Stock => "120",
        ComponentKind.Percent => "12,5",
        ComponentKind.Amount => "1.234,56",
        _ => "37,5",
    };

    private static async Task<(List<Unit> Units, List<Component> Components)> ReadOrganisationAsync(string databasePath)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync(ct);
        var units = new List<Unit>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Code", "Kind", "ValidFrom", "ValidTo" FROM "OrgUnits" ORDER BY "Code" """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                units.Add(new Unit(reader.GetString(0), Enum.Parse<OrgUnitKind>(reader.GetString(1)), Date(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : Date(reader.GetString(3))));
            }
        }

        var components = new List<Component>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT i."Code", c."Code", i."EntryLevels", c."Kind",
                       c."PartOfId" IS NOT NULL OR EXISTS (SELECT 1 FROM "IndicatorComponents" p WHERE p."PartOfId" = c."Id")
                FROM "IndicatorComponents" c
                JOIN "Indicators" i ON i."Id" = c."IndicatorId"
                WHERE i."Category" <> 'Stadtbericht' -- city figures: only the serving Geschäftsstelle (see CityFigureRuleTests)
                ORDER BY i."SortOrder", c."SortOrder"
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                components.Add(new Component(reader.GetString(0), reader.GetString(1), Enum.Parse<EntryLevels>(reader.GetString(2)),
                    Enum.Parse<ComponentKind>(reader.GetString(3)), reader.GetBoolean(4)));
            }
        }

        return (units, components);
    }

    private static async Task<(List<Unit> Units, List<Component> Components)> ReadOrganisationAsync(MeAktivAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var units = (await db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct))
            .Select(u => new Unit(u.Code, u.Kind, u.ValidFrom, u.ValidTo)).ToList();
        var all = await db.IndicatorComponents.AsNoTracking().Include(c => c.Indicator).ToListAsync(ct);
        var wholes = all.Where(c => c.PartOfId is not null).Select(c => c.PartOfId!.Value).ToHashSet();
        var components = all
            .Where(c => c.Indicator!.Category != TargetCategory.Stadtbericht) // city figures: only the serving Geschäftsstelle
            .OrderBy(c => c.Indicator!.SortOrder).ThenBy(c => c.SortOrder)
            .Select(c => new Component(c.Indicator!.Code, c.Code, c.Indicator.EntryLevels, c.Kind,
                c.PartOfId is not null || wholes.Contains(c.Id)))
            .ToList();
        return (units, components);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Unit(string Code, OrgUnitKind Kind, DateOnly From, DateOnly? To);

    private sealed record Component(string Indicator, string Code, EntryLevels Levels, ComponentKind Kind, bool InPair);
}
