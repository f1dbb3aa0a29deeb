using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Review;

/// <summary>The services of the Review feature.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<IReviewNotesSource, SteuerungReviewNotesSource>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewSnapshotService>();
        return services;
    }
}
