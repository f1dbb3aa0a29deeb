namespace MeAktiv.Web.Features.Figures;

/// <summary>The services of the Erfassung and Monatsabschluss pages (beyond Core's <c>AddFigures</c>).</summary>
public static class FiguresPages
{
    public static IServiceCollection AddFiguresPages(this IServiceCollection services)
    {
        services.AddScoped<DraftStore>(); // unsaved entries kept in the browser's protected local storage
        return services;
    }
}
