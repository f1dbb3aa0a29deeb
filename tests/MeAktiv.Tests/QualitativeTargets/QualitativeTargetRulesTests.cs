using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.QualitativeTargets;

namespace MeAktiv.Tests.QualitativeTargets;

/// <summary>The input rules of a qualitative target (German messages per field) and when it is overdue.</summary>
public sealed class QualitativeTargetRulesTests
{
    private static QualitativeTargetInput Input(string title = "Klausurtagung", string owner = "Geschäftsführung", DateOnly? due = null,
        DutyStatus status = DutyStatus.Open, string? evidence = null, string? code = null) =>
        new(2015, "JC", title, null, owner, due ?? new DateOnly(2015, 6, 30), status, evidence, "Zielvereinbarung 2015, IV.1", code);

    [Fact]
    public void A_complete_input_is_valid()
    {
        new QualitativeTargetInputValidator().Validate(Input()).IsValid.ShouldBeTrue();
        new QualitativeTargetInputValidator().Validate(Input(due: new DateOnly(2016, 3, 31), code: "ZV15-IV5-AMIP")).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "Geschäftsführung", "Title", "Bitte einen Titel angeben.")]
    [InlineData("Klausurtagung", " ", "Owner", "Bitte angeben, wer verantwortlich ist (Konto oder Funktion).")]
    public void Title_and_owner_are_required(string title, string owner, string field, string message)
    {
        var result = new QualitativeTargetInputValidator().Validate(Input(title, owner));

        result.Errors.ShouldContain(e => e.PropertyName == field && e.ErrorMessage == message);
    }

    [Fact]
    public void Done_needs_evidence_the_due_date_lies_in_the_year_or_the_next_and_a_code_is_a_code()
    {
        var validator = new QualitativeTargetInputValidator();

        validator.Validate(Input(status: DutyStatus.Done)).Errors.ShouldContain(e => e.ErrorMessage == "Eine erledigte Pflicht braucht einen Nachweis.");
        validator.Validate(Input(status: DutyStatus.Done, evidence: "Protokoll")).IsValid.ShouldBeTrue();
        validator.Validate(Input(due: new DateOnly(2017, 1, 1))).Errors.ShouldContain(e => e.PropertyName == "DueDate");
        validator.Validate(Input(code: "klein")).Errors.ShouldContain(e => e.PropertyName == "Code");
        validator.Validate(Input(title: new string('x', 201))).Errors.ShouldContain(e => e.ErrorMessage.Contains("höchstens 200"));
    }

    [Theory]
    [InlineData(DutyStatus.Open, "2015-07-01", true)]
    [InlineData(DutyStatus.InProgress, "2015-07-01", true)]
    [InlineData(DutyStatus.Open, "2015-06-30", false)]
    [InlineData(DutyStatus.Done, "2015-07-01", false)]
    [InlineData(DutyStatus.Dropped, "2015-07-01", false)]
    public void Overdue_means_past_the_due_date_and_neither_done_nor_dropped(DutyStatus status, string day, bool overdue)
    {
        var duty = new QualitativeTarget
        {
            Code = "X", Title = "X", Owner = "X", UpdatedBy = "X", DueDate = new DateOnly(2015, 6, 30), Status = status,
        };

        duty.IsOverdueOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(overdue);
    }

    [Theory]
    [InlineData("erledigt", DutyStatus.Done)]
    [InlineData("in Arbeit", DutyStatus.InProgress)]
    [InlineData("InProgress", DutyStatus.InProgress)]
    [InlineData("entfallen", DutyStatus.Dropped)]
    [InlineData("Open", DutyStatus.Open)]
    public void Status_names_in_English_and_German_are_read(string text, DutyStatus status) =>
        DutyStatusNames.Parse(text).ShouldBe(status);
}
