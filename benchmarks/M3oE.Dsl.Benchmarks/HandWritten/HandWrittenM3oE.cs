using System;
using System.Linq;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Benchmarks.HandWritten;

/// <summary>
/// M3oE written directly in TorchSharp for one fixed structure, as a careful engineer would write it by hand:
/// one embedding table for all sparse features (ids shifted by per-feature offsets), the star layer of all
/// domains as one product, the shared, domain and task experts as one linear map and one normalisation,
/// fusion by broadcasting, and the towers as batched products kept in cell-major layout.
/// Maps (sparse ids [B, S], dense [B, Fd], domain [B]) to logits [B, T].
/// </summary>
public sealed class HandWrittenM3oE : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly HandWrittenShape shape;
    private readonly Embedding embedding;
    private readonly Tensor offsets;
    private readonly Parameter starShared;
    private readonly Parameter starDomain;
    private readonly Parameter starSharedBias;
    private readonly Parameter starDomainBias;
    private readonly Linear top;
    private readonly LayerNorm topNorm;
    private readonly Linear? skip;
    private readonly LayerNorm? skipNorm;
    private readonly Linear experts;
    private readonly Parameter expertScale;
    private readonly Parameter expertShift;
    private readonly Linear gates;
    private readonly Parameter betaDomain;
    private readonly Parameter betaTask;
    private readonly Parameter alphaDomain;
    private readonly Parameter alphaTask;
    private readonly Parameter towerWeight;
    private readonly Parameter towerBias;
    private readonly Parameter towerScale;
    private readonly Parameter towerShift;
    private readonly Parameter outputWeight;
    private readonly Parameter outputBias;

    /// <summary>Builds the model with the initialisation of the reference.</summary>
    public HandWrittenM3oE(HandWrittenShape shape)
        : base("hand_written_m3oe")
    {
        this.shape = shape;
        var (d, t, f) = (shape.Domains, shape.Tasks, shape.InputWidth);
        var (h1, h2, e, w) = (shape.Hidden1, shape.Hidden2, shape.ExpertWidth, shape.TowerWidth);
        var pool = shape.SharedExperts + d + t;
        var cells = shape.Cells;

        // one table, each feature's ids shifted into its own range
        var starts = new long[shape.Cardinalities.Count];
        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] = starts[i - 1] + shape.Cardinalities[i - 1];
        }

        embedding = nn.Embedding(shape.Cardinalities.Sum(), shape.EmbeddingDim);
        offsets = tensor(starts).unsqueeze(0);
        starShared = new Parameter(Uniform(Math.Sqrt(6.0 / (f + h1)), f, h1));
        starDomain = new Parameter(Uniform(Math.Sqrt(6.0 / (f + h1)), d, f, h1));
        starSharedBias = new Parameter(zeros(h1));
        starDomainBias = new Parameter(zeros(d, h1));
        top = nn.Linear(h1, h2);
        topNorm = nn.LayerNorm(h2);
        if (shape.Skip)
        {
            skip = nn.Linear(f, h2);
            skipNorm = nn.LayerNorm(h2);
        }

        experts = nn.Linear(h2, (long)pool * e);
        expertScale = new Parameter(ones(pool, e));
        expertShift = new Parameter(zeros(pool, e));
        gates = nn.Linear(h2, (long)cells * shape.SharedExperts);
        betaDomain = new Parameter(ones(1));
        betaTask = new Parameter(ones(1));
        alphaDomain = new Parameter(ones(1));
        alphaTask = new Parameter(ones(1));
        towerWeight = new Parameter(Uniform(1.0 / Math.Sqrt(e), cells, e, w));
        towerBias = new Parameter(Uniform(1.0 / Math.Sqrt(e), cells, 1, w));
        towerScale = new Parameter(ones(cells, 1, w));
        towerShift = new Parameter(zeros(cells, 1, w));
        outputWeight = new Parameter(Uniform(1.0 / Math.Sqrt(w), cells, w, 1));
        outputBias = new Parameter(Uniform(1.0 / Math.Sqrt(w), cells, 1, 1));
        using (no_grad())
        {
            embedding.weight!.normal_(0.0, 1e-4);
        }

        RegisterComponents();
    }

    /// <summary>The four fusion scalars, which the structure search trains and the weight optimiser leaves
    /// alone.</summary>
    public Parameter[] FusionScalars => new[] { betaDomain, betaTask, alphaDomain, alphaTask };

    /// <inheritdoc/>
    public override Tensor forward(Tensor sparse, Tensor dense, Tensor domain)
    {
        var rows = sparse.shape[0];
        var (d, t, f) = ((long)shape.Domains, (long)shape.Tasks, (long)shape.InputWidth);
        var (h1, e, n) = ((long)shape.Hidden1, (long)shape.ExpertWidth, (long)shape.SharedExperts);

        // input: [B, S * dim] then the dense columns
        var input = embedding.forward(sparse + offsets).flatten(1);
        if (shape.DenseWidth > 0)
        {
            input = cat(new[] { input, dense }, 1);
        }

        // star layer: all domains in one product, then each row keeps its own
        var combined = (starDomain * starShared).permute(1, 0, 2).reshape(f, d * h1);
        var all = input.matmul(combined).view(rows, d, h1);
        var own = all.gather(1, domain.view(rows, 1, 1).expand(rows, 1, h1)).squeeze(1);
        var z = own + starDomainBias.index_select(0, domain) + starSharedBias;

        // representation with its skip branch
        var h = nn.functional.relu(topNorm.forward(top.forward(z)));
        if (skip is not null)
        {
            h = h + nn.functional.relu(skipNorm!.forward(skip.forward(input)));
        }

        // every expert of the three pools in one product: [B, N + D + T, E]
        var pool = n + d + t;
        var raw = experts.forward(h).view(rows, pool, e);
        var normalised = nn.functional.layer_norm(raw, new[] { e }, null, null, 1e-5);
        var expertOut = nn.functional.relu(addcmul(expertShift, normalised, expertScale, 1.0));
        var sharedOut = expertOut.narrow(1, 0, n);
        var domainOut = expertOut.narrow(1, n, d);
        var taskOut = expertOut.narrow(1, n + d, t);

        // one gate per cell over the shared experts: [B, cells, N] x [B, N, E]
        var gateInput = shape.DetachGates ? h.detach() : h;
        var weights = nn.functional.softmax(gates.forward(gateInput).view(rows, d * t, n), -1);
        var mixed = weights.bmm(sharedOut);

        // fusion level 1 within each pool, level 2 by broadcasting over the (task, domain) grid
        var domainFused = FuseLevelOne(domainOut, betaDomain.sigmoid());
        var taskFused = FuseLevelOne(taskOut, betaTask.sigmoid());
        var fused =
            mixed.view(rows, t, d, e)
            + alphaDomain.sigmoid() * domainFused.unsqueeze(1)
            + alphaTask.sigmoid() * taskFused.unsqueeze(2);

        // towers in cell-major layout: [cells, B, E]
        var cellMajor = fused.view(rows, t * d, e).transpose(0, 1);
        var hidden = cellMajor.bmm(towerWeight).add_(towerBias);
        hidden = nn.functional.layer_norm(hidden, new[] { (long)shape.TowerWidth }, null, null, 1e-5);
        hidden = nn.functional.relu(addcmul(towerShift, hidden, towerScale, 1.0));
        var logits = hidden.bmm(outputWeight).add_(outputBias).view(t, d, rows);

        // each row keeps the towers of its own domain: [B, T]
        var index = domain.view(1, 1, rows).expand(t, 1, rows);
        return logits.gather(1, index).squeeze(1).t();
    }

    private static Tensor FuseLevelOne(Tensor experts, Tensor beta)
    {
        var count = experts.shape[1];
        if (count == 1)
        {
            return experts * beta;
        }

        var others = (experts.sum(1, keepdim: true) - experts) / (count - 1);
        return others + beta * (experts - others);
    }

    private static Tensor Uniform(double bound, params long[] sizes) => empty(sizes).uniform_(-bound, bound);
}
