using MeAktiv.Core.Common;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Features.Import;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The import's rows go through the rules from a staging file (<see cref="ImportStaging"/>), a unit and a window of
/// months at a time (<see cref="StagedFeed"/>): every row must be fed once, and each must see every figure the rules
/// look at as it will stand (the file's last value of a figure, else the stored one; the first line of a figure) —
/// while the reference never holds more than the window, however large and however shuffled the file.
/// </summary>
public sealed class StagedFeedTests
{
    private static readonly OrgUnit[] Units = [Team(1, "T1"), Team(2, "T2"), Team(3, "T3")];
    private static readonly List<IndicatorComponent> Components = BuildComponents();

    private static OrgUnit Team(int id, string code) =>
        new() { Id = id, Code = code, Name = code, Kind = OrgUnitKind.Team, ValidFrom = new(2005, 1, 1) };

    private static List<IndicatorComponent> BuildComponents()
    {
        var eq = new Indicator { Code = "EQ", Name = "EQ", EntryLevels = EntryLevels.Team };
        var aus = new IndicatorComponent { Id = 10, Code = "AUS", Name = "Austritte", Kind = ComponentKind.Count, Indicator = eq };
        var svb = new IndicatorComponent { Id = 11, Code = "SVB", Name = "davon", Kind = ComponentKind.Count, Indicator = eq, PartOfId = 10 };
        var intg = new IndicatorComponent { Id = 12, Code = "INT", Name = "Integrationen", Kind = ComponentKind.Count, Indicator = eq };
        return [aus, svb, intg];
    }

    [Fact]
    public async Task Every_row_is_fed_once_and_sees_its_window_as_it_will_stand_while_the_reference_holds_only_the_window()
    {
        // Five years of three components of three teams (540 figures), in random order, 40 lines repeated with another
        // value, one line of an unknown team; stored figures of T1 for the year before and some of the file's months.
        var random = new Random(23);
        var lines = (from u in Units from c in Components from m in Enumerable.Range(0, 60)
                     select new FigureInput(u.Code, "EQ", c.Code, 2012 + m / 12, m % 12 + 1, random.Next(1, 100))).ToList();
        lines.AddRange(lines.OrderBy(_ => random.Next()).Take(40).Select(l => l with { Value = l.Value + 1000 }).ToList());
        lines.Add(new FigureInput("XX", "EQ", "AUS", 2013, 5, 1));
        lines = [.. lines.OrderBy(_ => random.Next())];
        var stored = (from c in Components from m in Enumerable.Range(-12, 30) where m % 5 != 0
                      select (Unit: 1, Component: c.Id, Year: 2012 + (int)Math.Floor(m / 12.0), Month: (m % 12 + 12) % 12 + 1, Value: 7m)).ToList();

        var expected = new Dictionary<(int, int, int, int), (decimal Value, int First)>();
        foreach (var s in stored)
        {
            expected[(s.Unit, s.Component, s.Year, s.Month)] = (s.Value, -1);
        }

        var reference = FigureReference.Create(Units, Components, [], []);
        using var staging = ImportStaging.Create();
        for (var row = 0; row < lines.Count; row++)
        {
            var (unit, component) = reference.Note(lines[row]);
            staging.Add(unit?.Id ?? -1, component?.Id ?? -1, lines[row], row + 2);
            if (unit is not null && component is not null)
            {
                var key = (unit.Id, component.Id, lines[row].Year, lines[row].Month);
                expected[key] = expected.TryGetValue(key, out var e) && e.First >= 0 ? (lines[row].Value!.Value, e.First) : (lines[row].Value!.Value, row + 2);
            }
        }

        foreach (var s in stored)
        {
            staging.AddStored(s.Unit, s.Component, s.Year, s.Month, s.Value);
        }

        var (fed, peak, checks) = (new List<int>(), 0, 0);
        await StagedFeed.FeedAsync(staging, reference, (inputs, tags, _) =>
        {
            inputs.Select(i => i.Unit).Distinct().Count().ShouldBe(1);
            peak = Math.Max(peak, reference.Held);
            foreach (var input in inputs.Where(i => i.Unit != "XX"))
            {
                var unit = reference.Unit(input.Unit)!;
                var month = new YearMonth(input.Year, input.Month);
                foreach (var (c, back) in from c in Components from back in Enumerable.Range(0, 13) select (c, back))
                {
                    var at = month.AddMonths(-back);
                    var want = expected.TryGetValue((unit.Id, c.Id, at.Year, at.Month), out var e) ? e : ((decimal, int)?)null;
                    reference.Value(unit, c, at).ShouldBe(want?.Item1, $"{input.Unit} {c.Code} {at} seen from {month}");
                    reference.FirstInBatch(unit.Id, c.Id, at.Year, at.Month).ShouldBe(want?.Item2 ?? -1);
                    checks++;
                }
            }

            fed.AddRange(tags);
            return Task.CompletedTask;
        }, "Sondereffekt", TestContext.Current.CancellationToken);

        fed.Order().ShouldBe(Enumerable.Range(2, lines.Count));
        checks.ShouldBeGreaterThan(lines.Count * 30);
        peak.ShouldBeLessThanOrEqualTo(Components.Count * 2 * StagedFeed.MaxSpan); // the file holds 540 figures
    }

    [Fact]
    public void Both_readers_scan_the_staging_index_alone_in_its_order()
    {
        var reference = FigureReference.Create(Units, Components, [], []);
        using var staging = ImportStaging.Create();
        var input = new FigureInput("T1", "EQ", "AUS", 2016, 3, 5);
        var (unit, component) = reference.Note(input);
        staging.Add(unit!.Id, component!.Id, input, 2);
        staging.Seal();

        // Not the table (a lookup per row, in file order), not a sort.
        staging.Plans().ShouldAllBe(plan => plan.Contains("USING COVERING INDEX StageOrder") && !plan.Contains("TEMP B-TREE"));
    }

    [Fact]
    public async Task The_staged_rows_come_back_as_they_were_read_with_the_confirmation_and_the_file_is_deleted()
    {
        var reference = FigureReference.Create(Units, Components, [], []);
        var input = new FigureInput("t2", "eq", "int", 2016, 3, 12.25m);
        var staging = ImportStaging.Create();
        var (unit, component) = reference.Note(input);
        staging.Add(unit!.Id, component!.Id, input, 7);
        var fed = new List<(FigureInput, int)>();

        await StagedFeed.FeedAsync(staging, reference, (inputs, tags, _) =>
        {
            fed.AddRange(inputs.Zip(tags));
            return Task.CompletedTask;
        }, "Sondereffekt", TestContext.Current.CancellationToken);
        staging.Dispose();

        fed.ShouldBe([(input with { Confirm = true, ConfirmReason = "Sondereffekt" }, 7)]);
        File.Exists(staging.FileName).ShouldBeFalse();
    }
}
