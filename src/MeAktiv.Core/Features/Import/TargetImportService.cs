using MeAktiv.Core.Data;
using MeAktiv.Core.Features.Targets;
using MeAktiv.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Imports targets from a CSV or XLSX file in the Planungsdokument's shape (<see cref="TargetImportColumns"/>,
/// docs/api.md) for the page <c>/ziele/import</c> and <c>POST /api/v1/targets/import</c>. Every row goes through
/// <see cref="TargetMaintenanceService.ApplyAsync"/> — the same rules, rights, status order and version check as
/// "Ziele pflegen" — on one context, saved in one transaction: all rows or none. A row equal to the target's current
/// version creates nothing. Without a version in the file a row is held against the version current when it is read;
/// the page passes the versions its preview saw, so a change in between fails the whole import (409).
/// The file handling is the figure import's (size cap, XLSX guard, time budget).
/// </summary>
public sealed class TargetImportService(IDbContextFactory<AppDbContext> factory, TargetMaintenanceService targets, IOptions<ImportOptions> options)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public Task<TargetImportResult> PreviewAsync(UserScope scope, string fileName, Stream content, CancellationToken ct = default) =>
        RunAsync(scope, fileName, content, dryRun: true, seen: null, ct);

    /// <param name="seen">The version of each target (year, unit, indicator) that the preview saw; null: the current ones.</param>
    public Task<TargetImportResult> ImportAsync(UserScope scope, string fileName, Stream content,
        IReadOnlyDictionary<(int, string, string), int>? seen = null, CancellationToken ct = default) =>
        RunAsync(scope, fileName, content, dryRun: false, seen, ct);

    private async Task<TargetImportResult> RunAsync(UserScope scope, string fileName, Stream content, bool dryRun,
        IReadOnlyDictionary<(int, string, string), int>? seen, CancellationToken ct)
    {
        if (!TargetRights.CanMaintain(scope))
        {
            return TargetImportResult.Fail(ImportStatus.Forbidden, dryRun, TargetRights.ForbiddenText);
        }

        if (ImportFile.KindOf(fileName) is not { } kind)
        {
            return TargetImportResult.Fail(ImportStatus.Invalid, dryRun, ImportMessages.WrongKind(fileName));
        }

        await using var file = await ImportFile.OpenAsync(content, MaxFileBytes, ct);
        if (file is null || file.Content.Length == 0)
        {
            return file is null
                ? TargetImportResult.Fail(ImportStatus.TooLarge, dryRun, ImportMessages.TooLarge(content.CanSeek ? content.Length : null, MaxFileBytes))
                : TargetImportResult.Fail(ImportStatus.Invalid, dryRun, ImportMessages.EmptyFile);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromSeconds(options.Value.MaxSeconds));
        if (kind == ImportFileKind.Xlsx && XlsxGuard.Check(file.Content, options.Value, budget.Token) is { } refused)
        {
            return TargetImportResult.Fail(refused.Status, dryRun, refused.Message);
        }

        var errors = new List<ImportError>();
        var (header, rows) = ImportTable.Read(file.Content, kind, TargetImportColumns.All, TargetImportColumns.MaxRows, errors, budget.Token);
        if (header is null || errors.Count > 0 && rows.Count == 0)
        {
            return new TargetImportResult(ImportStatus.Invalid, dryRun, [], errors);
        }

        await using var db = await factory.CreateDbContextAsync(budget.Token);
        var current = await CurrentVersionsAsync(db, budget.Token);
        var lines = new List<TargetImportLine>();
        var failures = new List<TargetFailure>();
        var keys = new HashSet<(int, string, string)>();
        foreach (var (number, cells) in rows)
        {
            var row = new ImportCells(number, header, cells, errors);
            if (TargetImportColumns.ToInput(row, (y, u, i) => seen?.GetValueOrDefault((y, u, i)) ?? current.GetValueOrDefault((y, u, i))) is not { } input)
            {
                continue;
            }

            if (!keys.Add((input.Year, input.UnitCode.Trim().ToUpperInvariant(), input.IndicatorCode.Trim().ToUpperInvariant())))
            {
                errors.Add(new ImportError(number, null, $"Das Ziel {input.IndicatorCode} {input.UnitCode} {input.Year} steht mehrmals in der Datei."));
                continue;
            }

            var result = await targets.ApplyAsync(db, scope, input, skipUnchanged: true, budget.Token);
            if (result.Saved is { } v)
            {
                lines.Add(new TargetImportLine(number, v.Year, v.Unit, v.Indicator, result.Change, v.Version, v.Value, v.Status,
                    v.Baseline is null ? null : $"Ausgangswert {Common.German.Plain(v.Baseline.Value)}" + (v.BaselineSource is { } s ? $" ({s})" : "")));
                continue;
            }

            failures.Add(result.Failure);
            foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]> { [""] = [result.Error!] })
            {
                errors.AddRange(messages.Select(m => new ImportError(number, TargetImportColumns.OfField(field), m)));
            }
        }

        if (errors.Count > 0)
        {
            var status = failures.Contains(TargetFailure.Forbidden) ? ImportStatus.Forbidden
                : failures.Contains(TargetFailure.Conflict) ? ImportStatus.Conflict : ImportStatus.Invalid;
            return new TargetImportResult(status, dryRun, lines, [.. errors.OrderBy(e => e.Row ?? 0)]);
        }

        if (!dryRun && lines.Any(l => l.Change != TargetChange.Unchanged))
        {
            db.AuditReason = $"Import von Zielen ({Path.GetFileName(fileName)})";
            try
            {
                await db.SaveChangesAsync(budget.Token);
            }
            catch (DbUpdateException)
            {
                return TargetImportResult.Fail(ImportStatus.Conflict, dryRun, "Jemand hat ein Ziel gerade gespeichert. Es wurde nichts importiert; bitte erneut prüfen.");
            }
        }

        return new TargetImportResult(ImportStatus.Ok, dryRun, lines, []);
    }

    private static async Task<Dictionary<(int, string, string), int>> CurrentVersionsAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Targets.AsNoTracking()
            .Select(t => new { t.Year, Unit = t.OrgUnit!.Code, Indicator = t.Indicator!.Code, Number = t.Versions.Max(v => v.Number) })
            .ToListAsync(ct))
        .ToDictionary(t => (t.Year, t.Unit, t.Indicator), t => t.Number);
}
