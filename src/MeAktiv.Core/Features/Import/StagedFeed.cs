using MeAktiv.Core.Features.Figures;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// Feeds the staged rows of an import (<see cref="ImportStaging"/>) to its <see cref="FigureBatch"/> in chunks of one
/// unit each, at most <see cref="ImportRows.ChunkSize"/> rows spanning less than <see cref="MaxSpan"/> months, and
/// before each chunk moves the window of the <see cref="FigureReference"/>: it holds the figures of the chunk's unit
/// from 12 months before the chunk's first month to the end of its last month, which is all the rules look at
/// (last month, the same month last year, the last 12 months, parts and wholes of the same month, the first line
/// of a figure). So memory is bounded by a chunk and a window of at most 24 months of one unit, not by the file. The rows
/// come in the order of unit, month, component and row, not in file order: the batch's answers are sorted by row,
/// and the import's list of values keeps the first rows (<see cref="ImportTally"/>).
/// </summary>
internal static class StagedFeed
{
    /// <summary>A chunk ends before a row this many months after its first.</summary>
    public const int MaxSpan = 12;

    /// <param name="add">Takes a chunk's inputs and their row numbers (<see cref="FigureBatch.AddAsync"/>).</param>
    public static async Task FeedAsync(ImportStaging staging, FigureReference reference,
        Func<IReadOnlyList<FigureInput>, IReadOnlyList<int>, CancellationToken, Task> add, string? confirmReason, CancellationToken ct)
    {
        staging.Seal();
        reference.Keep(int.MinValue, int.MaxValue); // a retried transaction starts again from an empty window
        using var figures = staging.Figures().GetEnumerator();
        var more = figures.MoveNext();
        var (inputs, tags) = (new List<FigureInput>(ImportRows.ChunkSize), new List<int>(ImportRows.ChunkSize));
        var (unit, first, last) = (0, 0, 0);
        foreach (var row in staging.Rows(confirmReason))
        {
            if (inputs.Count > 0 && (row.Unit != unit || inputs.Count == ImportRows.ChunkSize || row.MonthIndex - first >= MaxSpan))
            {
                await AddAsync();
            }

            if (inputs.Count == 0)
            {
                (unit, first) = (row.Unit, row.MonthIndex);
            }

            last = row.MonthIndex;
            inputs.Add(row.Input);
            tags.Add(row.Row);
        }

        if (inputs.Count > 0)
        {
            await AddAsync();
        }

        async Task AddAsync()
        {
            ct.ThrowIfCancellationRequested();
            reference.Keep(unit, first - 12);
            for (; more && (figures.Current.Unit < unit || figures.Current.Unit == unit && figures.Current.MonthIndex <= last); more = figures.MoveNext())
            {
                var f = figures.Current;
                if (f.Unit == unit && f.MonthIndex >= first - 12)
                {
                    reference.Set(f.Unit, f.Component, f.Year, f.Month, f.Value, f.First);
                }
            }

            await add(inputs, tags, ct);
            (inputs, tags) = (new List<FigureInput>(ImportRows.ChunkSize), new List<int>(ImportRows.ChunkSize));
        }
    }
}
