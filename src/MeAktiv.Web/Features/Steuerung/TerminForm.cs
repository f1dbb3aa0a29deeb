using System.Globalization;
using MeAktiv.Core.Common;

namespace MeAktiv.Web.Features.Steuerung;

/// <summary>Dates typed on the Termine maintenance page: <c>TT.MM.JJJJ</c> (empty: none).</summary>
internal static class TerminForm
{
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "d.M.yyyy", German.Culture, DateTimeStyles.None, out var day) ? day : null;

    public static string Text(DateOnly? day) => day is null ? "" : German.Date(day);
}
