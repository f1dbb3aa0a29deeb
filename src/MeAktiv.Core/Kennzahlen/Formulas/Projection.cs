namespace MeAktiv.Core.Kennzahlen.Formulas;

/// <summary>
/// Forecast helpers: the remaining months m+1..12 of a flow (sums) either at the mean of the last three months or in
/// last year's seasonal shape; stocks at their last value. Also the German method texts shown beside a forecast.
/// </summary>
internal static class Projection
{
    public const string MeanOfLastThree = "Hochrechnung: Ø der letzten 3 Monate";
    public const string SeasonalShape = "Hochrechnung: Saisonverlauf des Vorjahres";
    public const string StockLastValue = "laufender Ø, restliche Monate mit letztem Wert";
    public const string YearComplete = "Jahreswert (Dezember), keine Hochrechnung nötig";

    /// <summary>Text for a flow forecast, optionally naming a stock carried at its last value.</summary>
    public static string FlowMethod(bool seasonal, string? stockAtLastValue = null)
    {
        var text = seasonal ? SeasonalShape : MeanOfLastThree;
        return stockAtLastValue is null ? text : $"{text}; {stockAtLastValue} mit letztem Wert";
    }

    /// <summary>
    /// Whether the seasonal shape can be used for all <paramref name="flowCodes"/>: the indicator asks for it and last
    /// year's months 1..12 are complete with a positive total for months 1..m. Otherwise notes why and returns false
    /// (the mean of the last three months is used).
    /// </summary>
    public static bool UseSeasonal(FormulaContext context, params string[] flowCodes)
    {
        if (!context.Definition.SeasonalForecast || context.Month == 12)
        {
            return false;
        }

        var usable = true;
        foreach (var code in flowCodes)
        {
            var lastYear = context.Sum(code, new MonthRef(context.Year - 1, 1), new MonthRef(context.Year - 1, 12), "Saisonprofil");
            if (lastYear is null)
            {
                usable = false;
                continue;
            }

            var from = new MonthRef(context.Year - 1, 1);
            var to = new MonthRef(context.Year - 1, context.Month);
            if (SumPresent(context, code, from, to) is var ytd && ytd <= 0m)
            {
                var state = ytd == 0m ? "ist 0" : "ist negativ";
                context.Missing.AddNote($"Saisonprofil: {code} {MonthRef.FormatRange(from, to)} {state}");
                usable = false;
            }
        }

        if (!usable)
        {
            context.Missing.AddNote("Saisonale Hochrechnung nicht möglich: Ø der letzten 3 Monate verwendet");
        }

        return usable;
    }

    /// <summary>
    /// Projected Σ of months m+1..12 of a flow whose year-to-date sum is <paramref name="yearToDate"/>:
    /// seasonal: ytd · Σ last year m+1..12 / Σ last year 1..m; else (12 − m) · mean of months m−2..m
    /// (crossing into last year in January and February). Null if a needed month is missing. <paramref name="months"/>:
    /// how many months to project with the mean (default 12 − m; a target period's months left).
    /// </summary>
    public static decimal? RemainingFlow(FormulaContext context, string code, decimal yearToDate, bool seasonal, int? months = null)
    {
        var remaining = months ?? context.Remaining;
        if (remaining == 0)
        {
            return 0m;
        }

        if (seasonal)
        {
            var ytdLastYear = SumPresent(context, code, new MonthRef(context.Year - 1, 1), new MonthRef(context.Year - 1, context.Month));
            var restLastYear = SumPresent(context, code, new MonthRef(context.Year - 1, context.Month + 1), new MonthRef(context.Year - 1, 12));
            return yearToDate * restLastYear / ytdLastYear;
        }

        var lastThree = context.Sum(code, context.Current.AddMonths(-2), context.Current, FormulaContext.ForecastPurpose);
        return lastThree is { } s ? s * remaining / 3m : null;
    }

    /// <summary>Σ of months known to be present (checked by the caller before).</summary>
    private static decimal SumPresent(FormulaContext context, string code, MonthRef from, MonthRef to) =>
        MonthRef.Range(from, to).Sum(m => context.Series.Get(code, m) ?? 0m);
}
