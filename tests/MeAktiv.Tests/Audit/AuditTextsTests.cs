using MeAktiv.Core.Features.Audit;

namespace MeAktiv.Tests.Audit;

/// <summary>The audit log's German words: type names, actions and a readable summary instead of the stored JSON.</summary>
public sealed class AuditTextsTests
{
    [Theory]
    [InlineData("TargetVersion", "Zielversion")]
    [InlineData("ReportingDuty", "Meldepflicht")]
    [InlineData("FixedDate", "Termin")]
    [InlineData("IndicatorYear", "Kennzahl je Jahr")]
    [InlineData("Benutzerkonto", "Konto")]
    [InlineData("MonthlyValue", "Kennzahlwert")]
    public void Types_have_German_names(string stored, string german) => AuditTexts.TypeName(stored).ShouldBe(german);

    [Theory]
    [InlineData("Added", "angelegt")]
    [InlineData("Modified", "geändert")]
    [InlineData("Deleted", "gelöscht")]
    [InlineData("Deaktiviert", "deaktiviert")]
    public void Actions_are_German(string stored, string german) => AuditTexts.ActionName(stored).ShouldBe(german);

    [Fact]
    public void A_change_reads_as_German_fields_old_to_new_without_keys_versions_or_stamps()
    {
        var summary = AuditTexts.Summary(
            """{"Value":17970.5,"Status":"Vorlaeufig","Version":"3f2c0c1e-7d1a-4f7e-9a55-0d4c8f0b1a2b","DecidedOn":"2015-03-31"}""",
            """{"Value":18000,"Status":"Final","Version":"9a2c0c1e-7d1a-4f7e-9a55-0d4c8f0b1a2b","DecidedOn":"2015-04-01"}""");

        summary.ShouldBe("Wert: 17.970,5 → 18.000; Status: vorläufig → final; beschlossen am: 31.03.2015 → 01.04.2015");
    }

    [Fact]
    public void A_creation_lists_the_new_values_and_a_UTC_stamp_becomes_Berlin_time() =>
        AuditTexts.Summary(null, """{"Title":"ZNG","Date":"2015-07-01T08:30:00Z","TargetId":"3f2c0c1e-7d1a-4f7e-9a55-0d4c8f0b1a2b"}""")
            .ShouldBe("Titel: ZNG; Datum: 01.07.2015 10:30");
}
