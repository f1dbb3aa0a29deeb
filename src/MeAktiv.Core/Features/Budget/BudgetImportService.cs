using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Import;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Budget;

/// <summary>
/// Imports commitments and payments from a CSV or XLSX file (<c>POST /api/v1/budgets/import</c>): header
/// <see cref="HeaderLine"/>; the file is read by the figure import's bounded readers (<see cref="ImportFile"/> size cap,
/// <see cref="XlsxGuard"/>, <see cref="ImportTable"/>: CSV with <c>;</c> in UTF-8 or Windows-1252, or the first sheet of
/// an XLSX; German numbers <c>1.234.567,89</c> or numeric cells), at most <see cref="MaxRows"/> rows. Every row is
/// checked first; one bad row and nothing is stored (each error named with the file's row). Rows are held against the
/// versions current when the file is read, then saved through <see cref="BudgetEntryService"/> in one audited save.
/// </summary>
public sealed class BudgetImportService(IDbContextFactory<AppDbContext> factory, BudgetEntryService entry, IOptions<ImportOptions> options)
{
    public const string HeaderLine = "Jahr;Monat;Position;Mittelbindung;Ausgaben";

    public const int MaxRows = 5_000;

    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly (string Name, bool Required)[] Columns = [.. HeaderLine.Split(';').Select(c => (c, true))];

    public async Task<BudgetResult> ImportAsync(UserScope scope, string fileName, Stream content, CancellationToken ct = default)
    {
        if (!BudgetRights.CanEnter(scope))
        {
            return BudgetResult.Fail(BudgetFailure.Forbidden, BudgetRights.EnterText);
        }

        if (ImportFile.KindOf(fileName) is not { } kind)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, ImportMessages.WrongKind(fileName));
        }

        await using var file = await ImportFile.OpenAsync(content, MaxBytes, ct);
        if (file is null)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, ImportMessages.TooLarge(content.CanSeek ? content.Length : null, MaxBytes));
        }

        if (kind == ImportFileKind.Xlsx && XlsxGuard.Check(file.Content, options.Value, ct) is { } refused)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, refused.Message);
        }

        var (rows, errors) = Read(file.Content, kind, ct);
        if (errors.Count > 0 || rows.Count == 0)
        {
            return BudgetResult.Fail(BudgetFailure.Invalid, errors.FirstOrDefault() ?? $"Die Datei enthält keine Zeilen (erwartet: {HeaderLine}).", errors);
        }

        var current = await CurrentVersionsAsync(rows, ct);
        var held = rows.Select(r => r with { Version = current.GetValueOrDefault((r.Year, r.Line.Trim().ToUpperInvariant(), r.Month)) }).ToList();
        return await entry.SaveAsync(scope, held, $"Import {Path.GetFileName(fileName)}", ct);
    }

    private static (List<BudgetEntryInput> Rows, List<string> Errors) Read(Stream content, ImportFileKind kind, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var (header, table) = ImportTable.Read(content, kind, Columns, MaxRows, errors, ct);
        var rows = new List<BudgetEntryInput>();
        if (header is null)
        {
            table.Clear();
        }

        foreach (var (number, values) in table)
        {
            var cells = new ImportCells(number, header!, values, errors);
            var (year, month, line) = (cells.Int("Jahr"), cells.Int("Monat"), cells.Text("Position"));
            var (committed, paid) = (Amount(cells, "Mittelbindung"), Amount(cells, "Ausgaben"));
            if (cells.Ok && year is { } y && month is { } m && line is not null)
            {
                rows.Add(new BudgetEntryInput(y, line, m, committed ?? 0m, paid ?? 0m, null, number));
            }
        }

        return (rows, errors.Select(e => e.Row is { } row ? $"Zeile {row}: {e.Message}" : e.Message).ToList());
    }

    private static decimal? Amount(ImportCells cells, string column) =>
        cells.Number(column) ?? (cells.Ok ? cells.Fail<decimal?>(column, ImportText.Empty(column) + " Bitte einen Betrag angeben, z. B. 0 oder 1.234.567,89.") : null);

    private async Task<Dictionary<(int, string, int), Guid>> CurrentVersionsAsync(List<BudgetEntryInput> rows, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var years = rows.Select(r => r.Year).Distinct().ToList();
        return (await db.BudgetExecutions.AsNoTracking().Where(e => years.Contains(e.Year))
                .Select(e => new { e.Year, e.Line!.Code, e.Month, e.Version }).ToListAsync(ct))
            .ToDictionary(e => (e.Year, e.Code.ToUpperInvariant(), e.Month), e => e.Version);
    }
}
