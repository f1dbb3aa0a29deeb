using System.Globalization;
using System.Text;

namespace MeAktiv.Core.Features.Audit;

/// <summary>The audit rows as CSV: UTF-8 with BOM, <c>;</c>, German words and local time, the stored JSON at the end.</summary>
public static class AuditCsv
{
    public static byte[] Of(IEnumerable<AuditRow> rows)
    {
        var text = new StringBuilder("Nr;Zeitpunkt;Benutzer;Art;Aktion;Einheit;Kennzahl;Komponente;Monat;Änderung;Begründung;Schlüssel;Vorher;Nachher\r\n");
        foreach (var r in rows)
        {
            text.AppendJoin(';', new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), r.Time, r.User, r.What, r.ActionText, r.UnitCode ?? "", r.Indicator ?? "",
                r.Component ?? "", r.Month ?? "", r.Summary, r.Reason ?? "", r.EntityKey, r.OldValues ?? "", r.NewValues ?? "",
            }.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quotes a field with <c>;</c>, quotes or line breaks; a leading = + - @ is prefixed with ' (no formula in Excel).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
