using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace M3oE.Dsl.Benchmarks.Generation;

/// <summary>A spec given to the source generator as an additional file held in memory.</summary>
internal sealed class InMemorySpecText : AdditionalText
{
    private readonly SourceText text;

    public InMemorySpecText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
