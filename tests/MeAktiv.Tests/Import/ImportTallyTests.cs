using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Import;

namespace MeAktiv.Tests.Import;

/// <summary>
/// The import plans its figures a unit at a time, not in file order (<see cref="StagedFeed"/>); the answer still lists
/// the values of the file's first rows, in file order, and counts all.
/// </summary>
public sealed class ImportTallyTests
{
    [Fact]
    public void Planned_out_of_order_the_list_keeps_the_first_rows_in_file_order_and_counts_every_figure()
    {
        var max = ImportResult.MaxListedValues;
        var rows = Enumerable.Range(2, 3 * max).ToList();
        // Two units interleaved in the file: all rows of the first come before all of the second.
        var order = rows.Where(r => r % 2 == 0).Concat(rows.Where(r => r % 2 == 1)).ToList();
        var tally = new ImportTally();

        foreach (var row in order)
        {
            var change = row % 3 == 0 ? FigureChange.Unchanged : FigureChange.New;
            tally.Add(new FigureInput(row % 2 == 0 ? "T1" : "T2", "EQ", "AUS", 2016, 1, row),
                new PlannedFigure(row, change == FigureChange.New ? null : new MonthlyValue { Value = row, UpdatedBy = "import" }, change, row, Guid.Empty, null,
                    (1, 10, 2016, 1)));
        }

        tally.Values.Select(v => v.Row).ShouldBe(rows.Take(max));
        tally.Values[1].Unit.ShouldBe("T2");
        (tally.New, tally.Unchanged).ShouldBe((rows.Count(r => r % 3 != 0), rows.Count(r => r % 3 == 0)));
    }
}
