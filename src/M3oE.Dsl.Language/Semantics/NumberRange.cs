using System.Globalization;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>An interval that a number must lie in, with a description for messages.</summary>
internal readonly record struct NumberRange(double Min, double Max, bool MinInclusive, bool MaxInclusive)
{
    public static NumberRange Positive => new(0, double.MaxValue, false, true);

    public static NumberRange NonNegative => new(0, double.MaxValue, true, true);

    public static NumberRange Unit => new(0, 1, true, true);

    public static NumberRange UnitOpenTop => new(0, 1, true, false);

    public static NumberRange Any => new(double.MinValue, double.MaxValue, true, true);

    public bool Contains(double value) =>
        (MinInclusive ? value >= Min : value > Min) && (MaxInclusive ? value <= Max : value < Max);

    public string Describe()
    {
        if (Max == double.MaxValue)
        {
            return Min == double.MinValue
                ? "a finite number"
                : (MinInclusive ? "at least " : "greater than ") + Format(Min);
        }

        return "in " + (MinInclusive ? "[" : "(") + Format(Min) + ", " + Format(Max) + (MaxInclusive ? "]" : ")");
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
