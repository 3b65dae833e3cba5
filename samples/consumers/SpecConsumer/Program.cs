using System;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Data;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Data.Synthetic;
using SpecConsumer;
using TorchSharp;

// ShopClicks, ShopClicksData and ShopClicksFactory are generated from Specs/shop.m3oe at build time.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// synthetic rows whose columns are the ones the spec reads, split and batched as its train section says
var synthetic = new SyntheticGenerator(
    new SyntheticSettings
    {
        Users = 200,
        Items = 100,
        Seed = 11,
    }
);
var data = DataSet.FromSource(ShopClicksData.Schema, synthetic.ToTable(20_000), ShopClicksData.CreateOptions());
var map = data.Fit();
var train = data.Load(DataSplit.Train, map);
var validation = data.Load(DataSplit.Validation, map);
Console.WriteLine($"rows: {train.RowCount} train, {validation.RowCount} validation");

// one forward pass of the untrained model, whose weights the seed fixes
torch.manual_seed(7);
var model = ShopClicks.Create(map);
using (torch.no_grad())
{
    using var batch = validation.Batches(0).First();
    using var outputs = model.Forward(batch);
    var shape = string.Join(" x ", outputs.Probabilities.shape);
    Console.WriteLine($"forward: probabilities {shape}, mean p(click) {outputs.Click.mean().item<float>():F3}");
}

// a few epochs with the trainer the spec describes
var trainer = ShopClicksFactory.CreateTrainer(model);
trainer.EpochCompleted += (_, e) =>
    Console.WriteLine(
        $"epoch {e.Summary.Epoch}: train loss {e.Summary.TrainLoss:F4}, validation mean AUC {e.Summary.MeanAuc:F4}"
    );
var result = trainer.Fit(train, validation);

var losses = result.History.Select(h => h.TrainLoss).ToArray();
var auc = result.Validation?.MeanAuc;
var healthy = losses.All(double.IsFinite) && losses[^1] < losses[0] && auc is > 0.5;
Console.WriteLine(
    healthy
        ? $"ok: validation mean AUC {auc:F4}"
        : "failed: the training loss did not fall or the validation AUC is no better than chance"
);
return healthy ? 0 : 1;
