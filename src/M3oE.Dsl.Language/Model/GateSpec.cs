using M3oE.Dsl.Language.Collections;

namespace M3oE.Dsl.Language.Model;

/// <summary>
/// Where gates stand, what they read, which pools they mix (shared, and for PLE also the cell's own domain
/// or task experts), whether their input is detached, and their softmax temperature.
/// </summary>
public sealed record GateSpec(
    CellPlacement Placement,
    GateInput Input,
    EquatableArray<string> Over,
    bool Detached,
    double Temperature
);
