using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace M3oE.Dsl.Cli.Infrastructure;

/// <summary>The default help, followed by the exit codes every command shares.</summary>
internal sealed class ExitCodeHelpProvider : HelpProvider
{
    public ExitCodeHelpProvider(ICommandAppSettings settings)
        : base(settings) { }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var footer = base.GetFooter(model, command).ToList();
        footer.Add(new Text("\nEXIT CODES:\n"));
        footer.Add(new Text($"    {ExitCodes.Ok}    success\n"));
        footer.Add(new Text($"    {ExitCodes.SpecOrDataErrors}    errors in a spec, data file or run folder\n"));
        footer.Add(
            new Text(
                $"    {ExitCodes.CheckFailed}    "
                    + "a check failed: fmt --check found files to reformat, or the command line is wrong\n"
            )
        );
        footer.Add(new Text($"    {ExitCodes.InternalError}    an internal error; --verbose shows the details\n"));
        footer.Add(
            new Text($"  {ExitCodes.Interrupted}    stopped by Ctrl+C; train keeps its last checkpoint (--resume)\n")
        );
        footer.Add(new Text("\nAny command accepts --verbose, which prints the details of an internal error.\n"));
        return footer;
    }
}
