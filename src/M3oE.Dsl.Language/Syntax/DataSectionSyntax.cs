using System.Collections.Generic;

namespace M3oE.Dsl.Language.Syntax;

/// <summary><c>data { ... }</c>: the columns of the input and how they become features.</summary>
public sealed record DataSectionSyntax(NameSyntax Keyword, IReadOnlyList<DataEntrySyntax> Entries)
    : BlockDeclarationSyntax(Keyword);
