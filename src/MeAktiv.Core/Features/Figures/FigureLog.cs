using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Features.Figures;

/// <summary>Log lines of saving figures.</summary>
internal static partial class FigureLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Figures: batch of {Count} (dry run {DryRun}) — reference data {ReferenceMs:F0} ms, " +
        "rules {RulesMs:F0} ms, closed months and plan {PlanMs:F0} ms, write {WriteMs:F0} ms (of it: bulk binding {BindMs:F0} ms, " +
        "bulk statements in SQLite {SqliteMs:F0} ms, commit {CommitMs:F0} ms)")]
    public static partial void BatchSaved(ILogger logger, int count, bool dryRun, double referenceMs, double rulesMs, double planMs, double writeMs,
        double bindMs, double sqliteMs, double commitMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: {Rows} data rows of {Bytes} bytes read in {ReadMs:F0} ms")]
    public static partial void FileRead(ILogger logger, int rows, long bytes, double readMs);
}
