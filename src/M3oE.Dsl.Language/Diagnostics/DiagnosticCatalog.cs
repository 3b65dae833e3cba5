using System.Collections.Generic;

namespace M3oE.Dsl.Language.Diagnostics;

/// <summary>
/// Every diagnostic the front end can report. Codes are stable and never reused: a retired code stays
/// retired. Messages say what is wrong, then what to do. <c>docs/diagnostics.md</c> lists them with an
/// example each, and a test keeps the two in step.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "M3OE0001",
        DiagnosticSeverity.Error,
        "Syntax error",
        "Unexpected {0}; expected {1}."
    );

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "M3OE0002",
        DiagnosticSeverity.Error,
        "Unterminated string",
        "This string has no closing quote; close it on the same line."
    );

    public static readonly DiagnosticDescriptor MissingClosingBrace = new(
        "M3OE0003",
        DiagnosticSeverity.Error,
        "Missing closing brace",
        "The block opened on line {0} is never closed; add a '}}'."
    );

    public static readonly DiagnosticDescriptor UnexpectedClosingBrace = new(
        "M3OE0004",
        DiagnosticSeverity.Error,
        "Unexpected closing brace",
        "This '}}' closes no block; remove it or add the missing '{{'."
    );

    public static readonly DiagnosticDescriptor NestedBlock = new(
        "M3OE0005",
        DiagnosticSeverity.Error,
        "Block where none is allowed",
        "A block cannot appear inside '{0}'; close '{0}' first or remove the braces."
    );

    public static readonly DiagnosticDescriptor UnknownDeclaration = new(
        "M3OE0006",
        DiagnosticSeverity.Error,
        "Unknown declaration",
        "'{0}' is not a model declaration; expected one of {1}."
    );

    public static readonly DiagnosticDescriptor UnknownTopLevelItem = new(
        "M3OE0007",
        DiagnosticSeverity.Error,
        "Unknown top-level item",
        "Only 'import' and 'model' may stand at the top of a file, not '{0}'; put declarations inside a model."
    );

    public static readonly DiagnosticDescriptor BlockExpected = new(
        "M3OE0008",
        DiagnosticSeverity.Error,
        "Block expected",
        "'{0}' needs a braced body; write '{0} {{ ... }}'."
    );

    public static readonly DiagnosticDescriptor BlockNotExpected = new(
        "M3OE0009",
        DiagnosticSeverity.Error,
        "Block not expected",
        "'{0}' is a one-line declaration and takes no braced body; remove the braces."
    );

    public static readonly DiagnosticDescriptor EntryTooLong = new(
        "M3OE0010",
        DiagnosticSeverity.Error,
        "Entry too long",
        "This entry is longer than {0} characters; split it into several entries."
    );

    public static readonly DiagnosticDescriptor ConditionTooDeep = new(
        "M3OE0011",
        DiagnosticSeverity.Error,
        "Condition too deep",
        "This condition nests more than {0} levels deep or joins more than {0} terms; simplify it or "
            + "split it over several tasks or domains."
    );

    public static readonly DiagnosticDescriptor NoModel = new(
        "M3OE0012",
        DiagnosticSeverity.Error,
        "No model",
        "The file declares no model; add 'model Name {{ ... }}'."
    );

    public static readonly DiagnosticDescriptor BlockWithoutHeader = new(
        "M3OE0013",
        DiagnosticSeverity.Error,
        "Block without header",
        "A '{{' must follow a declaration such as 'data' or 'experts'; add the keyword or remove the braces."
    );

    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "M3OE0014",
        DiagnosticSeverity.Error,
        "Number out of range",
        "The number '{0}' is out of range; use a value that fits a 64-bit floating-point number."
    );

    public static readonly DiagnosticDescriptor DuplicateModel = new(
        "M3OE0100",
        DiagnosticSeverity.Error,
        "Duplicate model",
        "A model named '{0}' is already declared ({1}); rename one of them."
    );

    public static readonly DiagnosticDescriptor DuplicateColumn = new(
        "M3OE0101",
        DiagnosticSeverity.Error,
        "Duplicate column",
        "The column '{0}' is already declared on line {1}; declare each column once."
    );

    public static readonly DiagnosticDescriptor DuplicateDomain = new(
        "M3OE0102",
        DiagnosticSeverity.Error,
        "Duplicate domain",
        "The domain '{0}' is already declared on line {1}; rename one of them."
    );

    public static readonly DiagnosticDescriptor DuplicateTask = new(
        "M3OE0103",
        DiagnosticSeverity.Error,
        "Duplicate task",
        "The task '{0}' is already declared on line {1}; rename one of them."
    );

    public static readonly DiagnosticDescriptor DuplicateSection = new(
        "M3OE0104",
        DiagnosticSeverity.Error,
        "Duplicate section",
        "The model already has a '{0}' section on line {1}; merge the two."
    );

    public static readonly DiagnosticDescriptor DuplicateOption = new(
        "M3OE0105",
        DiagnosticSeverity.Error,
        "Duplicate option",
        "'{0}' is already given on line {1}; keep one."
    );

    public static readonly DiagnosticDescriptor UnknownColumn = new(
        "M3OE0106",
        DiagnosticSeverity.Error,
        "Unknown column",
        "'{0}' is not a declared column; declare it in the data section (for example 'column {0} "
            + "float') or fix the name."
    );

    public static readonly DiagnosticDescriptor UnknownOption = new(
        "M3OE0107",
        DiagnosticSeverity.Error,
        "Unknown option",
        "'{0}' is not an option of {1}; expected one of {2}."
    );

    public static readonly DiagnosticDescriptor BadArguments = new(
        "M3OE0108",
        DiagnosticSeverity.Error,
        "Bad arguments",
        "'{0}' {1}."
    );

    public static readonly DiagnosticDescriptor UnknownWord = new(
        "M3OE0109",
        DiagnosticSeverity.Error,
        "Unknown word",
        "'{0}' is not a known {1}; expected one of {2}."
    );

    public static readonly DiagnosticDescriptor InvalidName = new(
        "M3OE0110",
        DiagnosticSeverity.Error,
        "Invalid name",
        "'{0}' cannot be used as a name: {1}."
    );

    public static readonly DiagnosticDescriptor NameCollision = new(
        "M3OE0111",
        DiagnosticSeverity.Error,
        "Names collide in C#",
        "'{0}' and '{1}' both become the C# name '{2}'; rename one of them."
    );

    public static readonly DiagnosticDescriptor WrongColumnKind = new(
        "M3OE0112",
        DiagnosticSeverity.Error,
        "Wrong column kind",
        "'{0}' is {1}; {2}."
    );

    public static readonly DiagnosticDescriptor MissingSection = new(
        "M3OE0120",
        DiagnosticSeverity.Error,
        "Missing section",
        "The model has no '{0}' section; {1}."
    );

    public static readonly DiagnosticDescriptor EmptySection = new(
        "M3OE0121",
        DiagnosticSeverity.Error,
        "Empty section",
        "The '{0}' section is empty; {1}."
    );

    public static readonly DiagnosticDescriptor OtherwiseNotLast = new(
        "M3OE0122",
        DiagnosticSeverity.Error,
        "'otherwise' not last",
        "'otherwise' must be the last domain: rows go to the first domain whose rule matches."
    );

    public static readonly DiagnosticDescriptor DomainValueTwice = new(
        "M3OE0123",
        DiagnosticSeverity.Error,
        "Domain value used twice",
        "The value {0} already belongs to the domain '{1}'; a value belongs to one domain."
    );

    public static readonly DiagnosticDescriptor LiteralTypeMismatch = new(
        "M3OE0124",
        DiagnosticSeverity.Error,
        "Literal type mismatch",
        "'{0}' is a {1} column but is compared with {2}; {3}."
    );

    public static readonly DiagnosticDescriptor PoolWithoutFusion = new(
        "M3OE0130",
        DiagnosticSeverity.Error,
        "Expert pool without fusion",
        "The {0} expert pool is declared but no fusion entry says how it joins; add 'level 1 {0} "
            + "learned' and 'level 2 {0} learned' to the fusion section."
    );

    public static readonly DiagnosticDescriptor FusionWithoutPool = new(
        "M3OE0131",
        DiagnosticSeverity.Error,
        "Fusion without pool",
        "'level {0} {1}' refers to the {1} expert pool, which the experts section does not declare; "
            + "declare it or remove this entry."
    );

    public static readonly DiagnosticDescriptor GatesWithoutSharedPool = new(
        "M3OE0132",
        DiagnosticSeverity.Error,
        "Gates without shared experts",
        "Gates mix the shared expert pool, which is not declared; add 'shared count N' to the experts "
            + "section or remove the gates."
    );

    public static readonly DiagnosticDescriptor SharedPoolNeedsGates = new(
        "M3OE0133",
        DiagnosticSeverity.Error,
        "Shared pool needs gates",
        "The shared pool has {0} experts but no gates mix them; add 'gates per (domain, task)' or use "
            + "'shared count 1'."
    );

    public static readonly DiagnosticDescriptor PerDomainWithOneDomain = new(
        "M3OE0134",
        DiagnosticSeverity.Warning,
        "Per-domain construct with one domain",
        "{0} is repeated per domain, but the model has a single domain; the repetition has no effect."
    );

    public static readonly DiagnosticDescriptor BadPlacement = new(
        "M3OE0135",
        DiagnosticSeverity.Error,
        "Bad placement",
        "'{0}' is not a placement; write 'per (domain, task)', 'per domain' or 'per task' (gates may "
            + "also be 'per shared')."
    );

    public static readonly DiagnosticDescriptor FusionLevelConflict = new(
        "M3OE0136",
        DiagnosticSeverity.Error,
        "Fusion level conflict",
        "{0}."
    );

    public static readonly DiagnosticDescriptor FusionWithoutExperts = new(
        "M3OE0137",
        DiagnosticSeverity.Error,
        "Fusion without experts",
        "The fusion section needs an experts section with a domain or task pool; declare the pools or "
            + "remove the fusion section."
    );

    public static readonly DiagnosticDescriptor ExpertsWithoutNetwork = new(
        "M3OE0138",
        DiagnosticSeverity.Error,
        "Experts without network",
        "The experts section has no 'network'; add one, for example 'network 256 -> 64 layernorm relu'."
    );

    public static readonly DiagnosticDescriptor ExpertsWithoutPools = new(
        "M3OE0139",
        DiagnosticSeverity.Error,
        "Experts without pools",
        "The experts section declares no pool; add 'shared count N', 'domain count N each' or 'task count N each'."
    );

    public static readonly DiagnosticDescriptor MissingFusionEntry = new(
        "M3OE0140",
        DiagnosticSeverity.Error,
        "Missing fusion entry",
        "The {0} pool joins at level {1}, but the fusion section has no 'level {1} {0}' entry; add one."
    );

    public static readonly DiagnosticDescriptor OutOfRange = new(
        "M3OE0150",
        DiagnosticSeverity.Error,
        "Value out of range",
        "{0} must be {1}; it is {2}."
    );

    public static readonly DiagnosticDescriptor NotAnInteger = new(
        "M3OE0151",
        DiagnosticSeverity.Error,
        "Whole number expected",
        "{0} must be a whole number; it is {1}."
    );

    public static readonly DiagnosticDescriptor SplitRatios = new(
        "M3OE0152",
        DiagnosticSeverity.Error,
        "Split ratios",
        "The split ratios must add up to 1; they add up to {0}."
    );

    public static readonly DiagnosticDescriptor BoundariesNotIncreasing = new(
        "M3OE0153",
        DiagnosticSeverity.Error,
        "Boundaries not increasing",
        "Bucket boundaries must be strictly increasing; {0} does not follow {1}."
    );

    public static readonly DiagnosticDescriptor SpaceNotSearchable = new(
        "M3OE0160",
        DiagnosticSeverity.Error,
        "Search space not allowed here",
        "'{0}' cannot take a search space here; the searchable settings are embedding dims, expert "
            + "counts, layer widths, dropout, gate temperature, task weights, and the train section's lr, "
            + "weight_decay and batch."
    );

    public static readonly DiagnosticDescriptor SearchWithoutArchitecture = new(
        "M3OE0161",
        DiagnosticSeverity.Error,
        "Search without architecture parameters",
        "The search section has no architecture parameter to learn because no fusion weight is "
            + "'learned'; write 'search off' or make a fusion weight learned."
    );

    public static readonly DiagnosticDescriptor EarlyStopModeMismatch = new(
        "M3OE0162",
        DiagnosticSeverity.Warning,
        "Early-stopping mode looks wrong",
        "Early stopping on '{0}' with mode '{1}' keeps the worst epoch; the usual mode for it is '{2}'."
    );

    public static readonly DiagnosticDescriptor GroupedAucNeedsGroup = new(
        "M3OE0163",
        DiagnosticSeverity.Error,
        "Grouped AUC needs a group column",
        "The metric 'gauc' needs a group column; add 'group user_id' (or another column) to the data section."
    );

    public static readonly DiagnosticDescriptor DuplicateChoice = new(
        "M3OE0164",
        DiagnosticSeverity.Warning,
        "Repeated search choice",
        "The search space repeats the value {0}; each value is tried once."
    );

    public static readonly DiagnosticDescriptor RegressionNotSupported = new(
        "M3OE0165",
        DiagnosticSeverity.Error,
        "Regression not supported",
        "Regression tasks are not supported yet; declare a binary task with a label condition."
    );

    public static readonly DiagnosticDescriptor ImportNotFound = new(
        "M3OE0170",
        DiagnosticSeverity.Error,
        "Import not found",
        "The imported file '{0}' cannot be read; check the path, which is relative to this file."
    );

    public static readonly DiagnosticDescriptor UnknownBaseModel = new(
        "M3OE0171",
        DiagnosticSeverity.Error,
        "Unknown base model",
        "No model named '{0}' is declared in this file or the files it imports; fix the name or add the import."
    );

    public static readonly DiagnosticDescriptor CircularExtends = new(
        "M3OE0172",
        DiagnosticSeverity.Error,
        "Circular extends",
        "'{0}' extends itself through {1}; break the cycle."
    );

    public static readonly DiagnosticDescriptor ImportCycle = new(
        "M3OE0173",
        DiagnosticSeverity.Error,
        "Import cycle",
        "'{0}' is already being imported, by this file itself or through other files; remove one of the " + "imports."
    );

    public static readonly DiagnosticDescriptor ImportedFileHasErrors = new(
        "M3OE0174",
        DiagnosticSeverity.Error,
        "Imported file has errors",
        "The imported file '{0}' has errors, reported in that file; fix them first."
    );

    /// <summary>All descriptors, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        new[]
        {
            SyntaxError,
            UnterminatedString,
            MissingClosingBrace,
            UnexpectedClosingBrace,
            NestedBlock,
            UnknownDeclaration,
            UnknownTopLevelItem,
            BlockExpected,
            BlockNotExpected,
            EntryTooLong,
            ConditionTooDeep,
            NoModel,
            BlockWithoutHeader,
            NumberOutOfRange,
            DuplicateModel,
            DuplicateColumn,
            DuplicateDomain,
            DuplicateTask,
            DuplicateSection,
            DuplicateOption,
            UnknownColumn,
            UnknownOption,
            BadArguments,
            UnknownWord,
            InvalidName,
            NameCollision,
            WrongColumnKind,
            MissingSection,
            EmptySection,
            OtherwiseNotLast,
            DomainValueTwice,
            LiteralTypeMismatch,
            PoolWithoutFusion,
            FusionWithoutPool,
            GatesWithoutSharedPool,
            SharedPoolNeedsGates,
            PerDomainWithOneDomain,
            BadPlacement,
            FusionLevelConflict,
            FusionWithoutExperts,
            ExpertsWithoutNetwork,
            ExpertsWithoutPools,
            MissingFusionEntry,
            OutOfRange,
            NotAnInteger,
            SplitRatios,
            BoundariesNotIncreasing,
            SpaceNotSearchable,
            SearchWithoutArchitecture,
            EarlyStopModeMismatch,
            GroupedAucNeedsGroup,
            DuplicateChoice,
            RegressionNotSupported,
            ImportNotFound,
            UnknownBaseModel,
            CircularExtends,
            ImportCycle,
            ImportedFileHasErrors,
        };
}
