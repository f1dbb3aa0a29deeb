using System.Xml.Linq;
using MeAktiv.Core.Data;
using MeAktiv.IntegrationTests.Infrastructure;
using MeAktiv.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeAktiv.IntegrationTests.Security;

/// <summary>
/// The key ring in the database through plain SQL (<see cref="DatabaseKeyRepository"/>, issue 23: no EF query and save
/// at the start): the same rows as EF's repository, so keys written before stay valid, and the app uses it.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class DatabaseKeyRepositoryTests(MeAktivAppFactory app)
{
    [Fact]
    public void A_stored_key_is_read_back_and_so_is_one_EF_wrote()
    {
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var repository = new DatabaseKeyRepository(app.Services.GetRequiredService<IServiceScopeFactory>());
        var ours = new XElement("key", new XAttribute("id", Guid.NewGuid()), new XElement("note", "Überprüfung"));
        var efs = new XElement("key", new XAttribute("id", Guid.NewGuid()));

        repository.StoreElement(ours, "ours-" + Guid.NewGuid());
        new EntityFrameworkCoreXmlRepository<AppDbContext>(app.Services, NullLoggerFactory.Instance).StoreElement(efs, "ef-" + Guid.NewGuid());

        var read = repository.GetAllElements().Select(e => e.ToString(SaveOptions.DisableFormatting)).ToList();
        read.ShouldContain(ours.ToString(SaveOptions.DisableFormatting));
        read.ShouldContain(efs.ToString(SaveOptions.DisableFormatting));
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.AsNoTracking().AsEnumerable().ShouldContain(k => k.Xml == ours.ToString(SaveOptions.DisableFormatting));
    }

    [Fact]
    public void The_app_keeps_its_key_ring_through_it_and_a_new_ring_reads_the_same_keys()
    {
        var options = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        options.XmlRepository.ShouldBeOfType<DatabaseKeyRepository>();
        var payload = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Zielnachhaltung");

        // Another instance on the same database (a restart, a second server) unprotects it with the keys it reads.
        var other = new ServiceCollection().AddLogging();
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        other.AddScoped(_ => contexts.CreateDbContext());
        other.AddDataProtection().SetApplicationName("MeAktiv").PersistKeysToDatabase();
        using var provider = other.BuildServiceProvider();
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload).ShouldBe("Zielnachhaltung");
    }
}
