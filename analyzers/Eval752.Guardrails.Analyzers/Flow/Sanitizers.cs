using Eval752.Guardrails.Detection.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// What stops a secret (issue 4): methods whose name or type says they redact, mask, fingerprint, hash, protect
/// or encrypt (<c>Redactor.Redact</c>, <c>SHA256.HashData</c>, <c>Mask(key)</c>), and masks that show at most four
/// characters (<c>key[..4]</c>, <c>key[^4..]</c>, <c>key.Substring(0, 4)</c>). Lengths, comparisons and
/// <c>IsNullOrEmpty</c> stop it by their type (<see cref="TypeNames.CanCarryText"/>).
/// </summary>
internal static class Sanitizers
{
    private const int MaximumShownCharacters = 4;

    public static bool IsSanitizer(IMethodSymbol method) => HasSanitizingWord(method.Name) || HasSanitizingWord(method.ContainingType?.Name);

    private static bool HasSanitizingWord(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(name!))
        {
            switch (word)
            {
                case "redact" or "redacted" or "redactor" or "redaction" or "mask" or "masked" or "masker" or "masking" or "fingerprint"
                    or "hash" or "hashed" or "hasher" or "digest" or "protect" or "protected" or "protector" or "encrypt" or "encrypted"
                    or "encryptor" or "obfuscate" or "obfuscated" or "scrub" or "scrubbed" or "sanitize" or "sanitized" or "censor"
                    or "sha256" or "sha384" or "sha512" or "sha1" or "md5" or "hmac" or "hmacsha256":
                    return true;
            }
        }

        return false;
    }

    /// <summary><c>s[..n]</c>, <c>s[^n..]</c> or <c>s.Substring(0, n)</c> with a constant n ≤ 4.</summary>
    public static bool IsShortMask(IOperation operation)
    {
        switch (operation)
        {
            case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range }:
                return IsShortRange(range);
            case IInvocationOperation { TargetMethod.Name: "Substring", Arguments.Length: 2 } substring
                when substring.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                return substring.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 }
                    && substring.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int length } && length <= MaximumShownCharacters;
            case IInvocationOperation { TargetMethod.Name: "Substring", Arguments.Length: 1, Instance: IOperation instance } tail
                when tail.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                // s.Substring(s.Length - 4)
                return tail.Arguments[0].Value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, LeftOperand: IPropertyReferenceOperation { Property.Name: "Length" }, RightOperand.ConstantValue: { HasValue: true, Value: int shown } }
                    && shown <= MaximumShownCharacters && instance is not null;
            default:
                return false;
        }
    }

    private static bool IsShortRange(IRangeOperation range)
    {
        // ..n (from the start, n ≤ 4)
        if (range.LeftOperand is null || range.LeftOperand.ConstantValue is { HasValue: true, Value: 0 })
        {
            return range.RightOperand is { } right && Constant(right) is { FromEnd: false, Value: <= MaximumShownCharacters };
        }

        // ^n.. (the last n ≤ 4)
        return range.RightOperand is null && Constant(range.LeftOperand) is { FromEnd: true, Value: <= MaximumShownCharacters };
    }

    private static (bool FromEnd, int Value)? Constant(IOperation operand)
    {
        operand = operand is IConversionOperation conversion ? conversion.Operand : operand;
        if (operand is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
        {
            return hat.Operand.ConstantValue is { HasValue: true, Value: int fromEnd } ? (true, fromEnd) : null;
        }

        return operand.ConstantValue is { HasValue: true, Value: int value } ? (false, value) : null;
    }
}
