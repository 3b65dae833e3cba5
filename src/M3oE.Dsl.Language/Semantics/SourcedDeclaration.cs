using M3oE.Dsl.Language.Syntax;
using M3oE.Dsl.Language.Text;

namespace M3oE.Dsl.Language.Semantics;

/// <summary>A declaration, the file it was written in and the model that wrote it (a model may inherit it).</summary>
internal sealed record SourcedDeclaration(DeclarationSyntax Syntax, SourceText Source, string Owner);
