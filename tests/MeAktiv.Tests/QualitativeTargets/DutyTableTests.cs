using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Components.Shared;

namespace MeAktiv.Tests.QualitativeTargets;

/// <summary>The table of Pflichten und Meilensteine (Zielübersicht and review): German dates, status words, overdue in red.</summary>
public sealed class DutyTableTests : MudTestContext
{
    private static DutyLine Line(string code, DutyStatus status, bool overdue, string? evidence = null) =>
        new(code, "Titel " + code, "JC", "Geschäftsführung", new DateOnly(2015, 6, 30), status, evidence, "Zielvereinbarung 2015, IV.1", overdue);

    [Fact]
    public void Shows_due_date_status_evidence_and_marks_only_overdue_rows_red()
    {
        var cut = RenderMud<DutyTable>(p => p.Add(c => c.Rows, [
            Line("OVERDUE", DutyStatus.Open, overdue: true),
            Line("DONE", DutyStatus.Done, overdue: false, evidence: "Protokoll vom 12.05.2015"),
        ]));

        var overdue = cut.Find("tr[data-code=OVERDUE]");
        overdue.ClassList.ShouldContain("overdue-row");
        overdue.QuerySelector("td")!.TextContent.Trim().ShouldBe("30.06.2015");
        overdue.QuerySelector("td")!.ClassList.ShouldContain("overdue");
        overdue.TextContent.ShouldContain("offen");
        overdue.TextContent.ShouldContain("überfällig");
        overdue.TextContent.ShouldContain("Zielvereinbarung 2015, IV.1");

        var done = cut.Find("tr[data-code=DONE]");
        done.ClassList.ShouldNotContain("overdue-row");
        done.TextContent.ShouldContain("erledigt");
        done.TextContent.ShouldContain("Protokoll vom 12.05.2015");
        done.TextContent.ShouldNotContain("überfällig");
    }

    [Fact]
    public void Says_so_when_there_is_none()
    {
        var cut = RenderMud<DutyTable>(p => p.Add(c => c.Rows, []));

        cut.Find("[data-testid=duties-empty]").TextContent.ShouldContain("keine Pflichten oder Meilensteine");
    }
}
