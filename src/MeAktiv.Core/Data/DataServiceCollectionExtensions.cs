using MeAktiv.Core.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeAktiv.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{AppDbContext}"/> for the configured provider, with its migrations
    /// assembly and the audit interceptor. Fails at start-up with a clear message on a missing or wrong setting.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">Settings <c>Database:*</c> and <c>ConnectionStrings:MeAktiv</c>.</param>
    /// <param name="basePath">Folder against which a relative SQLite file path resolves (the app's content root);
    /// its folder is created if missing.</param>
    public static IServiceCollection AddMeAktivData(
        this IServiceCollection services, IConfiguration configuration, string? basePath = null)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationErrorException(
                "Keine Datenbankverbindung konfiguriert: die Einstellung 'ConnectionStrings:MeAktiv' fehlt " +
                "(Umgebungsvariable ConnectionStrings__MeAktiv).");
        }

        var provider = new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer }
            .FirstOrDefault(p => string.Equals(p, options.Provider?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (provider is null)
        {
            throw new ConfigurationErrorException(
                $"Unbekannter Datenbank-Provider '{options.Provider}' in 'Database:Provider'. Erlaubt sind 'Sqlite' und 'SqlServer'.");
        }

        string? databaseFile = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFile.Prepare(connectionString, basePath ?? AppContext.BaseDirectory, options.SqliteBusyTimeoutSeconds);
            databaseFile = SqliteFile.FileOf(connectionString);
        }

        var sqliteSetup = new SqliteConnectionSetup(options.SqliteBusyTimeoutSeconds);
        var referenceStamp = new ReferenceStampInterceptor();

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        // Scoped for the scope's user (ICurrentUser); neither keeps state: the reason travels with each context.
        services.AddScoped<AuditWriter>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, o) =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                o.UseSqlite(connectionString, x => x.MigrationsAssembly(DatabaseProvider.SqliteMigrationsAssembly));
                if (CompiledModels.Of(DatabaseProvider.SqliteMigrationsAssembly) is { } model)
                {
                    o.UseModel(model); // the first context skips building the model (issue 23)
                }
            }
            else
            {
                o.UseSqlServer(connectionString, x => x
                    .MigrationsAssembly(DatabaseProvider.SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure());
            }

            o.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), referenceStamp);
            if (provider == DatabaseProvider.Sqlite)
            {
                o.AddInterceptors(sqliteSetup);
            }
        }, ServiceLifetime.Scoped);
        services.TryAddSingleton(TimeProvider.System);
        // The running app's hold on its SQLite file: a restore refuses while it is held (docs/operations.md).
        services.AddSingleton(new DatabaseLease(databaseFile));
        return services;
    }
}
