using Bunit;
using MeAktiv.Web.Features.Dashboard;
using MeAktiv.Tests.Components;
using MudBlazor;

namespace MeAktiv.Tests.Dashboard;

public sealed class ChartWithTableTests : MudTestContext
{
    [Fact]
    public void Scratch_markup()
    {
        var cut = RenderMud<ChartWithTable>(p => p
            .Add(c => c.Id, "x").Add(c => c.Title, "T").Add(c => c.YAxisTitle, "%")
            .Add(c => c.Labels, ["Jan", "Feb", "Mär"])
            .Add(c => c.Lines, [new ChartLine("Ist", [1m, 2m, null]), new ChartLine("Prognose", [null, 2m, 3m], Dashed: true)])
            .Add(c => c.Format, v => v?.ToString() ?? "-"));
        File.WriteAllText("/tmp/dash-chart.html", cut.Markup);
    }
}
