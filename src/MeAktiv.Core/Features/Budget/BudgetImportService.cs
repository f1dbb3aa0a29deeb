using MeAktiv.Core.Common.Csv;
using MeAktiv.Core.Data;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Imports commitments and payments from a CSV file (<c>POST /api/v1/budgets/import</c>): header
/// <see cref="HeaderLine"/>, separator <c>;</c>, German numbers (<c>1.234.567,89</c>), UTF-8 or Windows-1252 (the shared
/// CSV reader of the figure import), at most <see cref="MaxRows"/> rows. Every row is checked first; one bad row and
/// nothing is stored (each error named with its row). Rows are held against the versions current when the file is read,
/// then saved through <see cref="BudgetEntryService"/> in one audited save.
/// </summary>
public sealed class BudgetImportService(IDbContextFactory<AppDbContext> factory, BudgetEntryService entry)
{
    public const string HeaderLine = "Jahr;Monat;Position;Mittelbindung;Ausgaben";

    public const int MaxRows = 5_000;

    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly string[] Columns = HeaderLine.Split(';');

    public async Task<BudgetResult> ImportAsync(UserScope scope, string fileName, Stream content, CancellationToken ct = default)
    {
        if (!BudgetRights.CanEnter(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.EnterText);
        }

        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, $"Die Datei '{fileName}' ist keine CSV-Datei (Endung .csv).");
        }

        var (rows, errors) = Read(content);
        if (errors.Count > 0 || rows.Count == 0)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, errors.FirstOrDefault() ?? $"Die Datei enthält keine Zeilen (erwartet: {HeaderLine}).", errors);
        }

        var current = await CurrentVersionsAsync(rows, ct);
        var held = rows.Select(r => r with { Version = current.GetValueOrDefault((r.Year, r.Line.Trim().ToUpperInvariant(), r.Month)) }).ToList();
        return await entry.SaveAsync(scope, held, $"Import {Path.GetFileName(fileName)}", ct);
    }

    private static (List<BudgetEntryInput> Rows, List<string> Errors) Read(Stream content)
    {
        var rows = new List<BudgetEntryInput>();
        var errors = new List<string>();
        using var reader = new StreamReader(content, CsvEncoding.Detect(content), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        Dictionary<string, int>? header = null;
        foreach (var line in CsvReader.ReadLines(reader))
        {
            if (line.Error is { } broken)
            {
                errors.Add($"Zeile {line.Number}: {broken}");
                continue;
            }

            if (line.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = line.Fields.Select((f, i) => (f.Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.OrdinalIgnoreCase);
                if (Columns.FirstOrDefault(c => !header.ContainsKey(c)) is { } missing)
                {
                    errors.Add($"Zeile {line.Number}: Die Spalte '{missing}' fehlt in der Kopfzeile (erwartet: {HeaderLine}).");
                    break;
                }

                continue;
            }

            if (rows.Count == MaxRows)
            {
                errors.Add($"Die Datei hat mehr als {MaxRows} Zeilen; bitte aufteilen.");
                break;
            }

            string Cell(string column) => header[column] < line.Fields.Length ? line.Fields[header[column]].Trim() : "";
            bool Number(string column, out decimal value) => GermanNumber.TryParse(Cell(column), out value);
            if (!int.TryParse(Cell("Jahr"), out var year) || !int.TryParse(Cell("Monat"), out var month))
            {
                errors.Add($"Zeile {line.Number}: Jahr und Monat als Zahlen angeben (z. B. 2015 und 3).");
            }
            else if (!Number("Mittelbindung", out var committed) || !Number("Ausgaben", out var paid))
            {
                errors.Add($"Zeile {line.Number}: Mittelbindung und Ausgaben als Beträge angeben (z. B. 1.234.567,89).");
            }
            else
            {
                rows.Add(new BudgetEntryInput(year, Cell("Position"), month, committed, paid, null, line.Number));
            }
        }

        if (header is null && errors.Count == 0)
        {
            errors.Add($"Die Datei ist leer. Erwartet wird die Kopfzeile {HeaderLine}.");
        }

        return (rows, errors);
    }

    private async Task<Dictionary<(int, string, int), Guid>> CurrentVersionsAsync(List<BudgetEntryInput> rows, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var years = rows.Select(r => r.Year).Distinct().ToList();
        return (await db.BudgetExecutions.AsNoTracking().Where(e => years.Contains(e.Year))
                .Select(e => new { e.Year, e.Line!.Code, e.Month, e.Version }).ToListAsync(ct))
            .ToDictionary(e => (e.Year, e.Code.ToUpperInvariant(), e.Month), e => e.Version);
    }
}
