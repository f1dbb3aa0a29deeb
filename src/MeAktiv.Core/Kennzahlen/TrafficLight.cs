namespace MeAktiv.Core.Kennzahlen;

/// <summary>The attainment traffic light (domain.md 3.5). <see cref="None"/> is grey: no figure, no target, or a
/// monitoring indicator. The API writes it in lower case (<c>green</c>, <c>yellow</c>, <c>red</c>, <c>none</c>).</summary>
public enum TrafficLight
{
    /// <summary>No light: no actual value yet, no target, or a monitoring-only indicator.</summary>
    None = 0,

    /// <summary>Attainment ratio at or above the indicator's <see cref="IndicatorDefinition.GreenFrom"/>.</summary>
    Green = 1,

    /// <summary>Attainment ratio at or above <see cref="IndicatorDefinition.YellowFrom"/> but below green.</summary>
    Yellow = 2,

    /// <summary>Attainment ratio below <see cref="IndicatorDefinition.YellowFrom"/>.</summary>
    Red = 3,
}
