using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Language.Collections;

public static class EquatableArrayExtensions
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}
