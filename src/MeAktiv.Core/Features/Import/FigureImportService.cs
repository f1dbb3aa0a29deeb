using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Imports monthly figures from a CSV or XLSX file (format: docs/api.md), for the API and the import page alike.
/// The file is read once, a chunk of rows at a time, never held as a whole, into a staging file on disk
/// (<see cref="ImportStaging"/>); from there its rows go through <see cref="FigureEntryService.SaveManyAsync"/> a
/// unit and a window of months at a time (<see cref="StagedFeed"/>): every readable row becomes a
/// <see cref="FigureInput"/> without version, checked and stored as
/// <see cref="FigureEntryService.SaveAsync"/> does — the one save path with the shared rules, rights, closed months,
/// versions, one transaction and the audit history — with <c>overwriteUnversioned</c> (the file
/// replaces what is stored; an equal value is left alone and not audited, so importing a file twice changes nothing
/// the second time). All rows or none. A preview is the same run with <c>dryRun</c>: nothing is stored. Soft
/// plausibility findings are warnings of the preview; the import stores a file with such findings only with a
/// confirmation reason (at least five characters), which every row carries and the audit entries of the rows with a
/// finding keep.
/// </summary>
public sealed class FigureImportService(FigureEntryService figures, IOptions<ImportOptions> options, TimeProvider clock,
    ILogger<FigureImportService> logger)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Checks the file and says what an import would do; stores nothing.</summary>
    /// <param name="confirmReason">A confirmation of the soft plausibility findings, with its reason (null: none).</param>
    public Task<ImportResult> PreviewAsync(UserScope scope, string fileName, Stream content, string? confirmReason = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(scope, fileName, content, dryRun: true, confirmReason, progress, ct);

    /// <summary>Imports the file: all rows in one transaction, or — on any error, an unconfirmed soft finding, or when
    /// cancelled — nothing.</summary>
    /// <param name="confirmReason">A confirmation of the soft plausibility findings, with its reason (null: none).</param>
    public Task<ImportResult> ImportAsync(UserScope scope, string fileName, Stream content, string? confirmReason = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(scope, fileName, content, dryRun: false, confirmReason, progress, ct);

    private async Task<ImportResult> RunAsync(UserScope scope, string fileName, Stream content, bool dryRun,
        string? confirmReason, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (ImportFile.KindOf(fileName) is not { } kind)
        {
            return ImportResult.FileError(ImportStatus.Invalid, dryRun, ImportMessages.WrongKind(fileName));
        }

        await using var file = await ImportFile.OpenAsync(content, MaxFileBytes, ct);
        if (file is null)
        {
            return ImportResult.FileError(ImportStatus.TooLarge, dryRun,
                ImportMessages.TooLarge(content.CanSeek ? content.Length : null, MaxFileBytes));
        }

        var total = file.Content.Length;
        if (total == 0)
        {
            return ImportResult.FileError(ImportStatus.Invalid, dryRun, ImportMessages.EmptyFile);
        }

        // The time budget: reading, checking and storing one file end after Import:MaxSeconds (nothing stored then).
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromSeconds(options.Value.MaxSeconds));
        try
        {
            return await ReadAndSaveAsync(scope, kind, file, total, dryRun, confirmReason, progress, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ImportResult.FileError(ImportStatus.TooLarge, dryRun, ImportMessages.TooSlow(options.Value.MaxSeconds));
        }
    }

    private async Task<ImportResult> ReadAndSaveAsync(UserScope scope, ImportFileKind kind, ImportFile file, long total, bool dryRun,
        string? confirmReason, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        // First reading: every figure of the file goes into the reference of the rules (its value and first row, which
        // the rules and the repeats need across rows), a chunk of parsed rows at a time. Reading and checking are CPU
        // work: off the caller's context, so a Blazor circuit keeps showing progress.
        var rows = new ImportRows(options.Value) { ConfirmReason = confirmReason };
        var start = clock.GetTimestamp();
        progress?.Report(new ImportProgress(ImportStage.Reading, 0, total, 0));
        void Report(long done, int count) => progress?.Report(new ImportProgress(ImportStage.Reading, done, total, count));
        var reference = await figures.LoadReferenceAsync(ct);
        using var staging = ImportStaging.Create();
        var refusal = await Task.Run(() =>
        {
            // An XLSX is checked before it is parsed (decompression bombs, giant strings, sheets sized to XFD).
            var refused = kind == ImportFileKind.Xlsx ? XlsxGuard.Check(file.Content, options.Value, ct) : null;
            foreach (var chunk in refused is null ? Read(kind, file.Content, rows, Report, ct) : [])
            {
                for (var i = 0; i < chunk.Inputs.Count; i++)
                {
                    var (unit, component) = reference.Note(chunk.Inputs[i]);
                    staging.Add(unit?.Id ?? -1, component?.Id ?? -1, chunk.Inputs[i], chunk.RowNumbers[i]);
                }
            }

            return refused;
        }, ct);

        FigureLog.FileRead(logger, rows.DataRows, total, clock.GetElapsedTime(start).TotalMilliseconds);
        if (refusal is { } refusedFile)
        {
            return ImportResult.FileError(refusedFile.Status, dryRun, refusedFile.Message);
        }

        if (rows.TooManyRows)
        {
            return ImportResult.FileError(ImportStatus.TooLarge, dryRun, ImportMessages.TooManyRows(options.Value.MaxRows));
        }

        if (!rows.HeaderOk)
        {
            return ImportOutcomes.Map(rows, null, null, dryRun, confirmed: false);
        }

        if (rows.DataRows == 0)
        {
            return ImportResult.Failed(ImportStatus.Invalid, dryRun, 0, [new ImportError(null, null, ImportMessages.NoRows)]);
        }

        // With unreadable rows the readable ones are still checked (dry run), so the answer lists every bad row.
        var readErrors = rows.Errors.Count > 0;
        progress?.Report(new ImportProgress(dryRun || readErrors ? ImportStage.Checking : ImportStage.Saving, 0, 0, rows.DataRows));
        var tally = new ImportTally();
        // The staged rows with the stored figures of their units and years, checked and stored chunk by chunk in one
        // transaction, a window of the figures at a time (StagedFeed).
        reference.StoredTo = staging.AddStored;
        var outcome = rows.Readable == 0
            ? null
            : await Task.Run(() => figures.SaveManyAsync(scope, reference, dryRun || readErrors, (batch, token) =>
            {
                tally.Reset();
                batch.OnPlanned = tally.Add;
                return StagedFeed.FeedAsync(staging, reference, batch.AddAsync, confirmReason, token);
            }, ct), ct);
        var result = ImportOutcomes.Map(rows, outcome, tally, dryRun, FigureFindings.IsReason(confirmReason));
        progress?.Report(new ImportProgress(ImportStage.Done, 0, 0, rows.DataRows));
        return result;
    }

    private static IEnumerable<ImportRows> Read(ImportFileKind kind, Stream content, ImportRows rows, Action<long, int> progress,
        CancellationToken ct) => kind == ImportFileKind.Csv
        ? CsvFigureReader.Read(content, rows, progress, ct)
        : XlsxFigureReader.Read(content, rows, progress, ct);
}
