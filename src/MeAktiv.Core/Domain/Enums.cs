namespace MeAktiv.Core.Domain;

/// <summary>Level of an organisation unit: Jobcenter → Bereich → Geschäftsstelle → Team.</summary>
public enum OrgUnitKind
{
    Jobcenter = 0,
    Bereich = 1,
    Geschaeftsstelle = 2,
    Team = 3,
}

/// <summary>The levels at which an indicator's components are entered (some exist only for the whole Jobcenter).</summary>
[Flags]
public enum EntryLevels
{
    None = 0,
    Jobcenter = 1,
    Bereich = 2,
    Geschaeftsstelle = 4,
    Team = 8,
}

/// <summary>Unit of an indicator's headline value.</summary>
public enum IndicatorUnit
{
    Prozent = 0,
    Anzahl = 1,
    EUR = 2,
    Verhaeltnis = 3,
}

/// <summary>Which way is better; monitoring indicators have no traffic light.</summary>
public enum Direction
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
    MonitoringOnly = 2,
}

/// <summary>The formula kinds of domain.md section 3.</summary>
public enum FormulaKind
{
    /// <summary>Integrationsquote: Σ integrations / mean of the eLb stock (rolling 12 months and Jahresfortschrittswert).</summary>
    IntegrationRate = 0,

    /// <summary>Annual average of a monthly stock or rate (running average during the year), e.g. LZB.</summary>
    AnnualAverage = 1,

    /// <summary>Year-to-date sum compared with the same months of last year (percent change), e.g. KdU, K1.</summary>
    ChangeOfSum = 2,

    /// <summary>Year-to-date average compared with the same months of last year (percent change), e.g. ALQ U25.</summary>
    ChangeOfAverage = 3,

    /// <summary>100 · Σ numerator / Σ denominator, e.g. EQ, BAMF, BZ.</summary>
    RatioOfSums = 4,

    /// <summary>Contacts per customer per year: Σ contacts / mean customers, annualised.</summary>
    ContactsPerCustomer = 5,

    /// <summary>Plain year-to-date sum against an annual count target, e.g. ESF starts.</summary>
    YearToDateSum = 6,

    /// <summary>Mean numerator stock / mean denominator stock (not in percent), e.g. Betreuungsschlüssel 1:n.</summary>
    RatioOfAverages = 7,
}

/// <summary>The role a component plays in its indicator's formula.</summary>
public enum ComponentRole
{
    Value = 0,
    Numerator = 1,
    Denominator = 2,
}

/// <summary>Kind of a raw monthly figure; drives validation (whole counts, 0–100 %, EUR with two decimals).</summary>
public enum ComponentKind
{
    Count = 0,
    Stock = 1,
    Percent = 2,
    Amount = 3,
    Hours = 4,

    /// <summary>Vollzeitäquivalente: a stock with decimals.</summary>
    Fte = 5,
}

/// <summary>Category of a target (Zielart).</summary>
public enum TargetCategory
{
    BaZiel = 0,
    LokalesZiel = 1,
    KommunalesZiel = 2,
    Planungswert = 3,
    Monitoring = 4,

    /// <summary>
    /// Raw figures for the "stadtscharf" reports (§ 16a, BuT): no target, not in the Zielübersicht; one component per
    /// city whose code is the city's code, entered by the Geschäftsstelle that serves the city (docs/adr/0007).
    /// </summary>
    Stadtbericht = 5,
}

/// <summary>The Träger responsible for an indicator.</summary>
public enum Traeger
{
    BA = 0,
    Kreis = 1,
}

/// <summary>Status of a target version.</summary>
public enum TargetStatus
{
    Planungsangebot = 0,
    Vorlaeufig = 1,
    Final = 2,

    /// <summary>A changed agreed target (after vorläufig or final); the version names the reason.</summary>
    Angepasst = 3,
}

/// <summary>How an annual target is spread over the months.</summary>
public enum PhasingKind
{
    Linear = 0,
    Seasonal = 1,
}

/// <summary>The phasing profile of one target version (docs/kennzahlen.md, "Zeitraum und Phasierung eines Ziels").</summary>
public enum TargetPhasing
{
    /// <summary>Evenly over the months of the period.</summary>
    Linear = 0,

    /// <summary>By last year's monthly pattern of the indicator's flow (the seasonal phasing).</summary>
    LastYear = 1,

    /// <summary>By a monthly plan: one amount per month of the period.</summary>
    Plan = 2,
}
