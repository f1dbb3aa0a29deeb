using Bunit;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using MeAktiv.Core.Kennzahlen;
using MeAktiv.Tests.Components;
using MeAktiv.Web.Features.Figures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MeAktiv.Tests.Figures;

/// <summary>The dialog that asks for a comment per off-track target before a month is submitted.</summary>
public sealed class DeviationCommentDialogTests : MudTestContext
{
    private static readonly Deviation[] Deviations =
    [
        new("VEL-MI", "Markt & Integration Velbert", "K2", "Integrationsquote", IndicatorUnit.Prozent, 9.9405m, 10.7m, TrafficLight.Red, null),
        new("VEL-MI", "Markt & Integration Velbert", "K3", "Bestand Langzeitleistungsbezieher", IndicatorUnit.Anzahl, 3562.67m, 3325.56m,
            TrafficLight.Red, null),
    ];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<DeviationCommentDialog>("Zielabweichungen kommentieren",
            new DialogParameters<DeviationCommentDialog>
            {
                { d => d.Subject, "Velbert, Juni 2015" },
                { d => d.LevelText, "rot" },
                { d => d.Deviations, Deviations },
            }));
        return (provider, reference);
    }

    /// <summary>The text area of an indicator (MudBlazor puts the test id on it, or on a wrapper).</summary>
    private static AngleSharp.Dom.IElement TextOf(IRenderedComponent<MudDialogProvider> provider, string code) =>
        provider.Find($"textarea[data-testid=deviation-text-{code}], [data-testid=deviation-text-{code}] textarea");

    [Fact]
    public async Task Lists_each_off_track_target_with_value_target_and_light_in_German()
    {
        var (provider, _) = await ShowAsync();

        provider.Find("[data-testid=deviation-K2] [data-testid=deviation-figures]").TextContent.ShouldContain("Ist 9,9 % · Ziel 10,7 % · Ampel rot");
        provider.Find("[data-testid=deviation-K3] [data-testid=deviation-figures]").TextContent.ShouldContain("Ist 3.563 · Ziel 3.326");
        provider.Markup.ShouldContain("Velbert, Juni 2015: 2 Ziele sind rot.");
    }

    [Fact]
    public async Task Refuses_to_submit_until_every_target_has_a_comment_then_returns_them()
    {
        var (provider, dialog) = await ShowAsync();

        TextOf(provider, "K2").Input("Zwei Stellen unbesetzt");
        provider.Find("[data-testid=deviation-submit]").Click();
        provider.Find("[data-testid=deviation-error]").TextContent.ShouldContain("Bitte zu jeder Abweichung einen Kommentar eingeben (es fehlt: K3).");
        dialog.Result.IsCompleted.ShouldBeFalse();

        TextOf(provider, "K3").Input("  Zuzug aus Wuppertal ");
        provider.Find("[data-testid=deviation-submit]").Click();
        var result = await dialog.Result;
        result!.Canceled.ShouldBeFalse();
        result.Data.ShouldBeAssignableTo<IReadOnlyList<DeviationComment>>()!
            .ShouldBe([new DeviationComment("K2", "Zwei Stellen unbesetzt"), new DeviationComment("K3", "Zuzug aus Wuppertal")]);
    }
}
