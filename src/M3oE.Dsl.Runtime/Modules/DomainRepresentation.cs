using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// The domain representation: z = star layer of e (row-wise by domain), then
/// h = MLP(z; H1 to H2) + MLP(e; F to H2) when the skip branch is on, else h = MLP(z).
/// </summary>
public sealed class DomainRepresentation : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly StarLayer star;
    private readonly Mlp top;
    private readonly Mlp? skip;

    /// <summary>Builds the representation.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="domains">The number of domains D.</param>
    /// <param name="inputWidth">The input width F.</param>
    /// <param name="hidden1">The star layer's width H1.</param>
    /// <param name="top">The MLP after the star layer and on the skip branch
    /// (reference: [H2], LayerNorm, ReLU).</param>
    /// <param name="skipBranch">True to add MLP(e).</param>
    public DomainRepresentation(
        string name,
        int domains,
        int inputWidth,
        int hidden1,
        MlpOptions top,
        bool skipBranch = true
    )
        : base(name)
    {
        star = new StarLayer("star", domains, inputWidth, hidden1);
        this.top = new Mlp("top", hidden1, top);
        register_module("star", star);
        register_module("top", this.top);
        if (skipBranch)
        {
            skip = new Mlp("skip", inputWidth, top);
            register_module("skip", skip);
        }

        OutputWidth = this.top.OutputWidth;
    }

    /// <summary>The width H2 of h.</summary>
    public int OutputWidth { get; }

    /// <summary>The star layer.</summary>
    public StarLayer Star => star;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input, Tensor domain)
    {
        var z = star.forward(input, domain);
        var h = top.forward(z);
        return skip is null ? h : h + skip.forward(input);
    }
}
