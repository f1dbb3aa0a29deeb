using MudBlazor;

namespace MeAktiv.Web.Components.Layout;

/// <summary>The product's colours: a calm public-sector blue with enough contrast for WCAG AA.</summary>
public static class MeAktivTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e8c",
            Secondary = "#5c6b73",
            AppbarBackground = "#1b5e8c",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
    };
}
