namespace MeAktiv.E2ETests.Infrastructure;

/// <summary>
/// The Erfassung browser tests save figures and close months: they get their own app and database (a second
/// <see cref="KestrelAppFixture"/>), so the read-only browser tests never see their changes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ErfassungCollection : ICollectionFixture<KestrelAppFixture>
{
    public const string Name = "Erfassung";
}
