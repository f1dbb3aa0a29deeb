using MeAktiv.Core.Domain;

namespace MeAktiv.Core.Features.Dashboard;

/// <summary>The formula of an indicator in German words, with the names of its components (docs/kennzahlen.md).</summary>
public static class FormulaText
{
    public static string Of(Indicator indicator)
    {
        string Name(ComponentRole role) => indicator.Components
            .Where(c => c.Role == role).OrderBy(c => c.SortOrder).Select(c => c.Name).FirstOrDefault() ?? "–";
        var value = Name(ComponentRole.Value);
        var numerator = Name(ComponentRole.Numerator);
        var denominator = Name(ComponentRole.Denominator);
        var text = indicator.Formula switch
        {
            FormulaKind.IntegrationRate =>
                $"Jahresfortschrittswert: 100 × Summe der {numerator} von Januar bis zum Berichtsmonat ÷ Durchschnitt des "
                + (indicator.ShiftDenominator ? $"{denominator}s der jeweiligen Vormonate (Dezember des Vorjahres bis Vormonat)" : $"{denominator}s derselben Monate")
                + ". Die amtliche Kennzahl K2 rechnet dasselbe über gleitende 12 Monate. Das Jahresziel wird linear auf die Monate verteilt.",
            FormulaKind.AnnualAverage =>
                $"Laufender Jahresdurchschnitt: Durchschnitt des Werts „{value}“ von Januar bis zum Berichtsmonat; am Jahresende der Jahresdurchschnitt der zwölf Monate.",
            FormulaKind.ChangeOfSum =>
                $"Veränderung gegenüber dem Vorjahr: 100 × (Summe „{value}“ Januar bis Berichtsmonat ÷ Summe derselben Monate des Vorjahres − 1), in Prozent.",
            FormulaKind.ChangeOfAverage =>
                $"Veränderung gegenüber dem Vorjahr: 100 × (Durchschnitt „{value}“ Januar bis Berichtsmonat ÷ Durchschnitt derselben Monate des Vorjahres − 1), in Prozent.",
            FormulaKind.RatioOfSums =>
                $"Verhältnis der Summen: 100 × Summe „{numerator}“ ÷ Summe „{denominator}“ von Januar bis zum Berichtsmonat, über alle Einheiten summiert (nie der Durchschnitt der Quoten).",
            FormulaKind.ContactsPerCustomer =>
                $"Kontakte je Kunde und Jahr: Summe „{numerator}“ ÷ durchschnittlicher Bestand „{denominator}“ von Januar bis zum Berichtsmonat, auf zwölf Monate hochgerechnet.",
            FormulaKind.YearToDateSum =>
                $"Summe „{value}“ von Januar bis zum Berichtsmonat gegenüber dem anteiligen Jahresziel (Jahresziel × Monate ÷ 12).",
            FormulaKind.RatioOfAverages =>
                $"Durchschnitt „{numerator}“ ÷ Durchschnitt „{denominator}“ von Januar bis zum Berichtsmonat (als 1:n).",
            _ => "Unbekannte Formelart.",
        };
        return indicator.Direction switch
        {
            Direction.HigherIsBetter => text + " Höher ist besser.",
            Direction.LowerIsBetter => text + " Niedriger ist besser.",
            _ => text + " Nur Beobachtung (Monitoring), ohne Ampel.",
        };
    }

    /// <summary>What the required run rate counts, e.g. "Integrationen je Monat", with its component's kind.</summary>
    public static (string Text, ComponentKind Kind)? RequiredUnit(Indicator indicator)
    {
        var role = indicator.Formula is FormulaKind.IntegrationRate or FormulaKind.RatioOfSums
            or FormulaKind.ContactsPerCustomer or FormulaKind.RatioOfAverages ? ComponentRole.Numerator : ComponentRole.Value;
        var component = indicator.Components.Where(c => c.Role == role).OrderBy(c => c.SortOrder).FirstOrDefault();
        if (component is null)
        {
            return null;
        }

        var text = indicator.Formula is FormulaKind.AnnualAverage or FormulaKind.ChangeOfAverage or FormulaKind.RatioOfAverages
            ? $"Ø {component.Name} in den restlichen Monaten"
            : $"{component.Name} je restlichem Monat";
        return (text, component.Kind);
    }
}
