using System.Data.Common;
using System.Xml.Linq;
using MeAktiv.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeAktiv.Web.Infrastructure.Security;

/// <summary>
/// The key ring of cookies and antiforgery tokens in the database's <c>DataProtectionKeys</c> table: the same rows as
/// <c>PersistKeysToDbContext</c> reads and writes (so existing keys stay valid), but with two plain SQL commands on the
/// context's connection instead of an EF query and an EF save. At a fresh start creating the first key was EF's first
/// query and first save, ~0,5–1 s on one core before the app is ready (issue 23, docs/performance.md); the SQL is the
/// same on SQLite and SQL Server. Every instance reads the same rows, so the keys survive restarts and are shared.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        using var command = Command(scope, """SELECT "Xml" FROM "DataProtectionKeys" ORDER BY "Id" """);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && reader.GetString(0) is { Length: > 0 } xml)
            {
                elements.Add(XElement.Parse(xml));
            }
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        using var command = Command(scope, """INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES (@name, @xml)""");
        Add(command, "@name", friendlyName);
        Add(command, "@xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    /// <summary>A command on the connection of the scope's context (disposed with the scope), opened through EF (its
    /// connection set-up applies).</summary>
    private static DbCommand Command(IServiceScope scope, string sql)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.OpenConnection();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }
}

public static class DatabaseKeyRepositoryExtensions
{
    /// <summary>Keeps the key ring in the database through <see cref="DatabaseKeyRepository"/>.</summary>
    public static IDataProtectionBuilder PersistKeysToDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseKeyRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return builder;
    }
}
