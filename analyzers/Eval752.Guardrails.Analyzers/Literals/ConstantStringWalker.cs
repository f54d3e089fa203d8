using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// Finds every outermost string constant of an operation block in one top-down walk: regular,
/// verbatim, raw and UTF-8 literals, and concatenations and interpolations the compiler folds to a
/// constant (across <c>const</c> fields too). A constant's pieces are not visited again, so each value
/// is judged once, whole. One walk per block instead of one analyzer callback per literal, binary and
/// interpolation: the callbacks, not the checks, were most of the rules' cost.
/// </summary>
internal static class ConstantStringWalker
{
    public static void Walk<TState>(ImmutableArray<IOperation> blocks, TState state, Action<IOperation, string, TState> visit)
    {
        var pending = new Stack<IOperation>();
        foreach (var block in blocks)
        {
            pending.Push(block);
        }

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (TextOf(operation) is { } text)
            {
                visit(operation, text, state);
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }

    private static string? TextOf(IOperation operation) => operation.Kind switch
    {
        OperationKind.Utf8String => ((IUtf8StringOperation)operation).Value,
        OperationKind.Literal or OperationKind.Binary or OperationKind.InterpolatedString
            when operation.ConstantValue is { HasValue: true, Value: string text } => text,
        _ => null,
    };
}
