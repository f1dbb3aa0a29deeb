using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeAktiv.Core.Features.Budget;

/// <summary>The services of the Budget feature (Haushalt und Personal, issue 21).</summary>
public static class BudgetServices
{
    public static IServiceCollection AddBudget(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is not null)
        {
            services.Configure<BudgetOptions>(configuration.GetSection(BudgetOptions.Section));
        }

        services.AddScoped<BudgetQueries>();
        services.AddScoped<BudgetEntryService>();
        services.AddScoped<FinanceMonthService>();
        services.AddScoped<KreisInformService>();
        services.AddScoped<StaffQueries>();
        services.AddScoped<StaffEntryService>();
        services.AddScoped<BudgetImportService>();
        services.AddScoped<BudgetEntryGridQueries>();
        services.AddScoped<BudgetPlanService>();
        return services;
    }
}
