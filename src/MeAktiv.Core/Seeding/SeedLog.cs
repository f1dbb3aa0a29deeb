using Microsoft.Extensions.Logging;

namespace MeAktiv.Core.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: role {Role} created")]
    public static partial void RoleCreated(ILogger logger, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: reference data present (org units exist), nothing loaded")]
    public static partial void ReferenceDataPresent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: reference data loaded: {Cities} cities, {OrgUnits} org units, " +
        "{CityAssignments} city assignments, {Indicators} indicators with {Components} components, " +
        "{Targets} targets with {TargetVersions} versions (demo {Demo}) in {ElapsedMs:F0} ms")]
    public static partial void ReferenceDataLoaded(ILogger logger, int cities, int orgUnits, int cityAssignments,
        int indicators, int components, int targets, int targetVersions, bool demo, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: reference data phases: read and saved units, cities and " +
        "indicators {SavedMs:F0} ms, {Versions} target versions checked {CheckedMs:F0} ms, saved and committed {CommitMs:F0} ms")]
    public static partial void ReferenceDataPhases(ILogger logger, double savedMs, int versions, double checkedMs, double commitMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {Step} done in {ElapsedMs:F0} ms")]
    public static partial void StepDone(ILogger logger, string step, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {Count} reporting duties loaded")]
    public static partial void DutiesLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed: the database was created without the demo organisation; " +
        "demo figures and demo accounts are not loaded")]
    public static partial void NoDemoOrganisation(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: monthly values present, demo figures not loaded")]
    public static partial void FiguresPresent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {Count} demo figures loaded in {ElapsedMs:F0} ms")]
    public static partial void FiguresLoaded(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {Created} demo account(s) created in {ElapsedMs:F0} ms")]
    public static partial void DemoAccounts(ILogger logger, int created, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed: no administrator exists; set Admin:Email and Admin:Password " +
        "to create the first one")]
    public static partial void NoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed: Admin:Email {Email} belongs to an existing account that is " +
        "not an administrator; no administrator created")]
    public static partial void AdministratorEmailTaken(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: first administrator {Email} created")]
    public static partial void AdministratorCreated(ILogger logger, string email);
}
