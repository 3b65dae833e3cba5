namespace M3oE.Dsl.Generator.Consumer.Tests;

/// <summary>
/// The model of <c>Specs/tiny-shop.m3oe</c> declared with attributes instead of a spec file; the label
/// columns are renamed and read through their file headers.
/// </summary>
[M3oEModel]
[Data(EmbeddingDim = 4)]
[Sparse("user_id", "item_id", "user_segment")]
[Dense("user_activity", Normalize = "standard")]
[Column("domain", Type = "int")]
[Column("clicked", Type = "int", Header = "click")]
[Column("liked", Type = "int", Header = "like")]
[Domains("domain")]
[Domain("app", "domain == 0")]
[Domain("web", "otherwise")]
[Task("click", "label clicked")]
[Task("like", "label liked")]
[Representation("star", "16 -> 8 relu")]
[Experts(Shared = 2, Domain = 1, Task = 1, Network = "8 relu")]
[Gates("per (domain, task)", On = "representation")]
[Fusion(1, "domain", "learned")]
[Fusion(1, "task", "learned")]
[Fusion(2, "domain", "learned")]
[Fusion(2, "task", "learned")]
[Towers("per (domain, task)", "8 relu")]
[Train(Optimizer = "adam", LearningRate = 2e-2, Batch = 128, Epochs = 4, Seed = 3, Split = "random 0.8 0.2 0")]
[Search(Step = "every 5 steps", On = "train")]
public partial class DeclaredTinyShop { }
