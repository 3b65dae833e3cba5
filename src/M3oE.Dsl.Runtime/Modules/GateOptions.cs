namespace M3oE.Dsl.Runtime.Modules;

/// <summary>How a gate turns its input into expert weights.</summary>
/// <param name="Temperature">The softmax temperature; 1 is a plain softmax.</param>
/// <param name="DetachInput">True to stop the gradient of the gates from reaching their input
/// (the M3oE reference feeds its gates with <c>h.detach()</c>).</param>
public sealed record GateOptions(double Temperature = 1.0, bool DetachInput = false);
