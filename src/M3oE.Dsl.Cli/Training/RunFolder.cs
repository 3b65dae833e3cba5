using System.IO;
using System.Text;

namespace M3oE.Dsl.Cli.Training;

/// <summary>The folder of one training run; every file is written to a temporary name, then renamed.</summary>
internal sealed class RunFolder
{
    public RunFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void WriteText(string name, string text)
    {
        var target = File(name);
        var temporary = target + ".tmp";
        System.IO.File.WriteAllText(temporary, text, new UTF8Encoding(false));
        System.IO.File.Move(temporary, target, overwrite: true);
    }

    public void Copy(string source, string name)
    {
        var target = File(name);
        var temporary = target + ".tmp";
        System.IO.File.Copy(source, temporary, overwrite: true);
        System.IO.File.Move(temporary, target, overwrite: true);
    }
}
