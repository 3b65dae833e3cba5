using System.Collections.Generic;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Syntax;

/// <summary>A parenthesised list of names (<c>(domain, task)</c>).</summary>
public sealed record TupleArgSyntax(IReadOnlyList<NameSyntax> Names, TextSpan TupleSpan) : ArgSyntax(TupleSpan);
