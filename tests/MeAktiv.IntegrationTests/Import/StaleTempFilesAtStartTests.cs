using MeAktiv.Core.Features.Import;
using MeAktiv.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeAktiv.IntegrationTests.Import;

/// <summary>
/// The start deletes the import's temp files that a killed process left behind (<see cref="ImportTempFiles"/>, a step
/// of the database start-up), in a temp folder of the test's own: the stale ones go, a running import's stays.
/// </summary>
public sealed class StaleTempFilesAtStartTests(StaleTempFilesAtStartTests.App app) : IClassFixture<StaleTempFilesAtStartTests.App>
{
    [Fact]
    public void The_start_deletes_the_import_files_older_than_an_hour_and_keeps_the_others()
    {
        File.Exists(app.StaleCopy).ShouldBeFalse();
        File.Exists(app.StaleStaging).ShouldBeFalse();
        File.Exists(app.RunningStaging).ShouldBeTrue();
        File.Exists(app.Foreign).ShouldBeTrue();
    }

    /// <summary>The app (started and seeded as usual) with the import's temp folder in a folder of the test's own.</summary>
    public sealed class App : MeAktivAppFactory
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("meaktiv-stale-at-start-").FullName;

        public App()
        {
            StaleCopy = Write(ImportTempFiles.CopyExtension, hoursOld: 3);
            StaleStaging = Write(ImportTempFiles.StagingExtension, hoursOld: 26);
            RunningStaging = Write(ImportTempFiles.StagingExtension, hoursOld: 0);
            Foreign = Path.Combine(_folder, $"meaktiv-it-{Guid.NewGuid():N}.db");
            File.WriteAllText(Foreign, "x");
            File.SetLastWriteTimeUtc(Foreign, DateTime.UtcNow.AddDays(-2));
        }

        public string StaleCopy { get; }

        public string StaleStaging { get; }

        public string RunningStaging { get; }

        public string Foreign { get; }

        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(s => s.AddSingleton(sp =>
                new ImportTempFiles(_folder, sp.GetRequiredService<ILogger<ImportTempFiles>>())));

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_folder, recursive: true);
        }

        private string Write(string extension, double hoursOld)
        {
            var path = Path.Combine(_folder, Path.GetFileName(ImportTempFiles.NewPath(extension)));
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-hoursOld));
            return path;
        }
    }
}
