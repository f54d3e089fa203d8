namespace Eval752.Guardrails.Detection.DotEnv;

internal enum DotEnvProblemKind
{
    ByteOrderMark,
    CarriageReturn,
    MissingEquals,
    InvalidName,
    UnterminatedQuote,
    DuplicateName,
    SpaceAroundEquals,
    ShellExpansion,
}
