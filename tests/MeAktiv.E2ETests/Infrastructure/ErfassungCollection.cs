namespace MeAktiv.E2ETests.Infrastructure;

/// <summary>
/// The Erfassung browser tests save figures and close months. Each of their classes takes its own app and database
/// (<c>IClassFixture&lt;KestrelAppFixture&gt;</c>), so no test sees another's changes, whatever the order; this collection
/// only runs the three classes one after another (not three apps and browsers at once on a small machine).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ErfassungCollection
{
    public const string Name = "Erfassung";
}
