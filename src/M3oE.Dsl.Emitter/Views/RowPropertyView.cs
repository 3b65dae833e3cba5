namespace M3oE.Dsl.Emitter.Views;

/// <summary>
/// One property of the typed row: its C# type, the local that collects its column, the column name literal.
/// </summary>
internal sealed record RowPropertyView(string Name, string Type, string Local, string Column, string Doc);
