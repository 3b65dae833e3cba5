namespace M3oE.Dsl.Emitter.Planning;

/// <summary>The runtime model class a spec is built on.</summary>
internal enum RuntimeModelKind
{
    M3oE,
    Mmoe,
    Ple,
    Star,
    SharedBottom,
    Mlp,
}
