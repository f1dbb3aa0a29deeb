using System.Diagnostics;
using System.Runtime.Versioning;
using MeAktiv.Core.Features.Import;
using Microsoft.Extensions.Logging;

namespace MeAktiv.Tests.Import;

/// <summary>
/// A process killed during an import leaves its temp files behind; every start deletes those of the import older than
/// an hour (<see cref="ImportTempFiles"/>), on real files in a folder of the test's own.
/// </summary>
public sealed class ImportTempFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meaktiv-tempfiles-test-").FullName;
    private readonly RecordingLogger _log = new();

    [Fact]
    public void Old_files_of_the_import_are_deleted_new_ones_and_foreign_ones_kept()
    {
        var oldCopy = Write(ImportName(ImportTempFiles.CopyExtension), hoursOld: 2);
        var oldStaging = Write(ImportName(ImportTempFiles.StagingExtension), hoursOld: 30);
        var newCopy = Write(ImportName(ImportTempFiles.CopyExtension), hoursOld: 0);
        var recentStaging = Write(ImportName(ImportTempFiles.StagingExtension), hoursOld: 0.9);
        string[] foreign =
        [
            Write($"meaktiv-it-{Guid.NewGuid():N}.db", hoursOld: 5), // an integration test's database
            Write("meaktiv-import-notaguid.tmp", hoursOld: 5),
            Write($"meaktiv-import-{Guid.NewGuid():N}.xlsx", hoursOld: 5),
            Write($"meaktiv-import-{Guid.NewGuid():N}.db-wal", hoursOld: 5),
            Write($"MEAKTIV-IMPORT-{Guid.NewGuid():N}.tmp", hoursOld: 5),
            Write($"other-{Guid.NewGuid():N}.tmp", hoursOld: 5),
        ];

        var deleted = Files().DeleteStale();

        deleted.ShouldBe(2);
        File.Exists(oldCopy).ShouldBeFalse();
        File.Exists(oldStaging).ShouldBeFalse();
        File.Exists(newCopy).ShouldBeTrue();
        File.Exists(recentStaging).ShouldBeTrue();
        foreign.ShouldAllBe(f => File.Exists(f));
        _log.Entries.ShouldBe([(LogLevel.Information, $"Stale import files: 2 deleted from {_folder} (older than 01:00:00)")]);
    }

    [Fact]
    public void Nothing_stale_deletes_nothing_and_logs_nothing()
    {
        var fresh = Write(ImportName(ImportTempFiles.StagingExtension), hoursOld: 0);

        Files().DeleteStale().ShouldBe(0);

        File.Exists(fresh).ShouldBeTrue();
        _log.Entries.ShouldBeEmpty();
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_file_that_cannot_be_deleted_is_logged_and_the_others_still_go()
    {
        var stuck = Write(ImportName(ImportTempFiles.CopyExtension), hoursOld: 3);
        var other = Write(ImportName(ImportTempFiles.StagingExtension), hoursOld: 3);
        using var undeletable = Undeletable.Make(stuck);

        var deleted = Files().DeleteStale();

        File.Exists(stuck).ShouldBeTrue();
        File.Exists(other).ShouldBe(undeletable.OthersDeletable is false);
        deleted.ShouldBe(undeletable.OthersDeletable ? 1 : 0);
        _log.Entries.ShouldContain((LogLevel.Warning, $"Stale import files: {stuck} could not be deleted"));
    }

    [Fact]
    public void A_folder_that_cannot_be_searched_is_logged_not_thrown()
    {
        var notAFolder = Write("plain-file", hoursOld: 0);
        var missing = Path.Combine(_folder, "missing");

        new ImportTempFiles(notAFolder, _log).DeleteStale().ShouldBe(0);
        new ImportTempFiles(missing, _log).DeleteStale().ShouldBe(0);

        _log.Entries.ShouldBe([
            (LogLevel.Warning, $"Stale import files: the folder {notAFolder} could not be searched"),
            (LogLevel.Warning, $"Stale import files: the folder {missing} could not be searched"),
        ]);
    }

    [Fact]
    public void The_import_names_its_files_so_that_the_clean_up_knows_them()
    {
        var copy = ImportTempFiles.NewPath(ImportTempFiles.CopyExtension);
        var staging = ImportTempFiles.NewPath(ImportTempFiles.StagingExtension);

        Path.GetDirectoryName(copy).ShouldBe(Path.GetDirectoryName(Path.Combine(Path.GetTempPath(), "x")));
        ImportTempFiles.IsImportFile(Path.GetFileName(copy)).ShouldBeTrue();
        ImportTempFiles.IsImportFile(Path.GetFileName(staging)).ShouldBeTrue();
        copy.ShouldNotBe(ImportTempFiles.NewPath(ImportTempFiles.CopyExtension));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ImportTempFiles Files() => new(_folder, _log);

    private static string ImportName(string extension) => Path.GetFileName(ImportTempFiles.NewPath(extension));

    private string Write(string name, double hoursOld)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-hoursOld));
        return path;
    }

    /// <summary>
    /// A file whose delete really fails: as root (who may delete anything in a read-only folder) marked immutable
    /// with <c>chattr +i</c>; otherwise its folder made read-only, which makes every file in it undeletable.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    private sealed class Undeletable : IDisposable
    {
        private readonly string _path;
        private readonly bool _immutable;

        private Undeletable(string path, bool immutable) => (_path, _immutable) = (path, immutable);

        /// <summary>Whether the other files of the folder can still be deleted (only the one file is immutable).</summary>
        public bool OthersDeletable => _immutable;

        public static Undeletable Make(string path)
        {
            if (Environment.UserName != "root")
            {
                var folder = Path.GetDirectoryName(path)!;
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
                return new Undeletable(folder, immutable: false);
            }

            if (Chattr("+i", path) != 0)
            {
                Assert.Skip("chattr +i is not possible here (root without CAP_LINUX_IMMUTABLE, or a file system without the flag)");
            }

            return new Undeletable(path, immutable: true);
        }

        public void Dispose()
        {
            if (_immutable)
            {
                Chattr("-i", _path);
            }
            else
            {
                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static int Chattr(string flag, string path)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
                process.WaitForExit();
                return process.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return -1; // no chattr
            }
        }
    }

    private sealed class RecordingLogger : ILogger<ImportTempFiles>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => Entries.Add((logLevel, formatter(state, exception)));
    }
}
