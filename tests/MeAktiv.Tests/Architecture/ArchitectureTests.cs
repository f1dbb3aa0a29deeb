namespace MeAktiv.Tests.Architecture;

/// <summary>
/// The folder structure of docs/architecture.md, checked on the compiled code: no cycle between Core's top folders or
/// between its features, Core's features use each other only along the documented table, and no Web feature reaches
/// into another (shared widgets live in <c>Components/Shared</c>, shared API helpers in <c>Api/</c>).
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Which Core feature may use which (docs/architecture.md, "Feature dependencies"). A new edge is a
    /// decision: add it here and in the doc, or move the shared piece down.</summary>
    private static readonly Dictionary<string, string[]> AllowedCoreFeatureUses = new()
    {
        ["Attainment"] = [],
        ["Audit"] = [],
        ["Budget"] = ["Attainment", "Import", "QualitativeTargets"],
        ["Dashboard"] = ["Attainment", "Privacy", "Reports", "Steuerung"],
        ["Figures"] = ["Attainment", "OrgUnits", "Privacy"],
        ["Import"] = ["Attainment", "Figures", "Steuerung", "Targets"],
        ["Indicators"] = ["OrgUnits"],
        ["Notifications"] = ["Attainment", "Dashboard", "Figures", "Steuerung"],
        ["Operations"] = [],
        ["OrgUnits"] = ["Users"],
        ["Privacy"] = [],
        ["Reports"] = ["Attainment", "Privacy"],
        ["QualitativeTargets"] = [],
        ["Review"] = ["Attainment", "Budget", "Privacy", "QualitativeTargets", "Reports", "Steuerung", "Targets"],
        ["Steuerung"] = ["Attainment", "Figures", "OrgUnits", "Privacy", "QualitativeTargets"],
        ["Targets"] = ["Attainment", "Privacy"],
        ["Users"] = [],
    };

    [Fact]
    public void Core_top_folders_have_no_cycle()
    {
        var edges = CodeGraph.Edges(ns => CodeGraph.FolderBelow(ns, "MeAktiv.Core", 1));

        CodeGraph.Cycles(edges.Keys).ShouldBeEmpty(Describe(edges, CodeGraph.Cycles(edges.Keys)));
    }

    [Fact]
    public void The_calculation_engine_and_the_domain_use_nothing_else_of_Core()
    {
        var edges = CodeGraph.Edges(ns => CodeGraph.FolderBelow(ns, "MeAktiv.Core", 1));
        var wrong = edges.Where(e => e.Key.From is "Kennzahlen" or "Domain" && e.Key.To is not ("Domain" or "Common"))
            .Select(e => $"{e.Key.From} → {e.Key.To}: {string.Join("; ", e.Value.Take(3))}").ToList();

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Core_uses_no_razor_component_and_no_MudBlazor()
    {
        // Core references the ASP.NET Core shared framework (Identity, data protection), so only this test keeps the UI out.
        var edges = CodeGraph.Edges(ns => ns.StartsWith("MeAktiv.Core", StringComparison.Ordinal) ? "Core"
            : ns.StartsWith("MeAktiv.Web", StringComparison.Ordinal) ? "Web"
            : ns.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal) || ns.StartsWith("MudBlazor", StringComparison.Ordinal) ? "UI"
            : null);

        edges.Where(e => e.Key.From == "Core").SelectMany(e => e.Value.Take(5)).ToList().ShouldBeEmpty();
        edges.ShouldContainKey(("Web", "UI")); // the graph does see uses of framework types

    }

    [Fact]
    public void Core_features_have_no_cycle_and_use_each_other_only_as_documented()
    {
        var edges = CodeGraph.Edges(ns => CodeGraph.FolderBelow(ns, "MeAktiv.Core.Features", 1));

        var undocumented = edges.Where(e => !AllowedCoreFeatureUses.GetValueOrDefault(e.Key.From, []).Contains(e.Key.To))
            .Select(e => $"Features/{e.Key.From} → Features/{e.Key.To}: {string.Join("; ", e.Value.Take(3))}").ToList();
        var cycles = CodeGraph.Cycles(edges.Keys);

        cycles.ShouldBeEmpty(Describe(edges, cycles));
        undocumented.ShouldBeEmpty();
    }

    [Fact]
    public void Every_documented_feature_use_still_exists()
    {
        // Keeps the table (and docs/architecture.md) true: a use that went away is taken out of both.
        var edges = CodeGraph.Edges(ns => CodeGraph.FolderBelow(ns, "MeAktiv.Core.Features", 1));

        AllowedCoreFeatureUses.SelectMany(f => f.Value.Select(to => (f.Key, to)))
            .Where(e => !edges.ContainsKey(e)).Select(e => $"{e.Key} → {e.to}").ToList().ShouldBeEmpty();
    }

    [Fact]
    public void Every_core_feature_is_in_the_table()
    {
        var features = typeof(MeAktiv.Core.Data.AppDbContext).Assembly.GetTypes()
            .Select(t => CodeGraph.FolderBelow(t.Namespace ?? "", "MeAktiv.Core.Features", 1))
            .OfType<string>().Distinct().Order().ToList();

        features.ShouldBe(AllowedCoreFeatureUses.Keys.Order().ToList());
    }

    [Fact]
    public void No_web_feature_reaches_into_another()
    {
        var edges = CodeGraph.Edges(ns => CodeGraph.FolderBelow(ns, "MeAktiv.Web.Features", 1));

        edges.Select(e => $"Web/Features/{e.Key.From} → Web/Features/{e.Key.To}: {string.Join("; ", e.Value.Take(3))}")
            .ToList().ShouldBeEmpty();
    }

    [Fact]
    public void Shared_web_folders_use_no_feature()
    {
        // Components (layout, shared widgets, status pages) and Infrastructure serve every feature, so they use none;
        // only the composition root (Program, Api/ApiEndpoints) names the features.
        var edges = CodeGraph.Edges(ns => ns.StartsWith("MeAktiv.Web.Features.", StringComparison.Ordinal)
            ? "Features"
            : ns.StartsWith("MeAktiv.Web.Components", StringComparison.Ordinal) || ns.StartsWith("MeAktiv.Web.Infrastructure", StringComparison.Ordinal)
            ? "Shared"
            : null);

        edges.Where(e => e.Key.From == "Shared")
            .Select(e => string.Join("; ", e.Value.Take(5))).ToList().ShouldBeEmpty();
    }

    private static string Describe(IReadOnlyDictionary<(string From, string To), List<string>> edges, IReadOnlyList<string> cycles) =>
        string.Join(Environment.NewLine, cycles.Select(c =>
        {
            var steps = c.Split(" → ");
            var why = steps.Zip(steps.Skip(1)).Select(s => $"  {s.First} → {s.Second}: {string.Join("; ", edges[(s.First, s.Second)].Take(3))}");
            return "cycle " + c + Environment.NewLine + string.Join(Environment.NewLine, why);
        }));
}

/// <summary>The cycle finder itself, on hand-made graphs (so the architecture tests above can fail).</summary>
public sealed class CodeGraphCycleTests
{
    [Fact]
    public void A_loop_over_three_folders_is_named_once_from_its_first_folder()
    {
        CodeGraph.Cycles([("Figures", "Reports"), ("Reports", "Attainment"), ("Attainment", "Figures"), ("Dashboard", "Figures")])
            .ShouldBe(["Attainment → Figures → Reports → Attainment"]);
    }

    [Fact]
    public void Two_folders_using_each_other_are_a_cycle_and_a_chain_is_none()
    {
        CodeGraph.Cycles([("Data", "Seeding"), ("Seeding", "Data")]).ShouldBe(["Data → Seeding → Data"]);
        CodeGraph.Cycles([("Seeding", "Data"), ("Data", "Domain"), ("Seeding", "Domain")]).ShouldBeEmpty();
    }

    [Fact]
    public void The_folder_of_a_namespace_keeps_the_asked_depth()
    {
        CodeGraph.FolderBelow("MeAktiv.Core.Features.Figures.Sub", "MeAktiv.Core.Features", 1).ShouldBe("Figures");
        CodeGraph.FolderBelow("MeAktiv.Core.Data.Configurations", "MeAktiv.Core", 1).ShouldBe("Data");
        CodeGraph.FolderBelow("MeAktiv.Web.Api", "MeAktiv.Core", 1).ShouldBeNull();
    }
}
