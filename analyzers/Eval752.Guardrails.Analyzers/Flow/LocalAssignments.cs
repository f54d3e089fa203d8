using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// Every write to a local or parameter in one method body (lambdas and local functions included): declarations
/// with initializers, assignments, compound assignments, and the <c>StringBuilder.Append*</c>/<c>Insert</c> calls
/// that add to a builder held in a local. The analyzer fills it from the driver's own operation callbacks
/// (<see cref="Record"/>, no second walk of the body); a summarised callee's body is walked once
/// (<see cref="For"/>) and kept as long as its operation tree lives. A use reads the last plain write before it in source order plus the compound writes
/// after that one: straight-line code is flow-sensitive (<c>s = Redact(s)</c> cleans <c>s</c>), loops and
/// branches are approximated by source order.
/// </summary>
internal sealed class LocalAssignments
{
    private static readonly ConditionalWeakTable<IOperation, LocalAssignments> Cache = new();

    private readonly Dictionary<ISymbol, List<Write>> writes = new(SymbolEqualityComparer.Default);

    public LocalAssignments()
    {
    }

    private LocalAssignments(IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            Record(operation);
        }
    }

    /// <summary>The kinds of operation <see cref="Record"/> reads: what an analyzer registers for.</summary>
    public static System.Collections.Immutable.ImmutableArray<OperationKind> WriteKinds { get; } =
        [OperationKind.VariableDeclarator, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment, OperationKind.CoalesceAssignment, OperationKind.Invocation];

    /// <summary>Notes <paramref name="operation"/> if it writes a local or parameter (or appends to a builder local).</summary>
    public void Record(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                Add(declarator.Symbol, declarator.Syntax.Span.End, initializer.Value, accumulates: false);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                Add(local.Local, assignment.Syntax.Span.End, assignment.Value, accumulates: false);
                break;
            case ISimpleAssignmentOperation { Target: IParameterReferenceOperation parameter } assignment:
                Add(parameter.Parameter, assignment.Syntax.Span.End, assignment.Value, accumulates: false);
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation local } compound:
                Add(local.Local, compound.Syntax.Span.End, compound.Value, accumulates: true);
                break;
            case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation local } coalesce:
                Add(local.Local, coalesce.Syntax.Span.End, coalesce.Value, accumulates: true);
                break;
            case IInvocationOperation { Instance: ILocalReferenceOperation builder } append when IsBuilderWrite(append):
                foreach (var argument in append.Arguments)
                {
                    Add(builder.Local, append.Syntax.Span.End, argument.Value, accumulates: true);
                }

                break;
        }
    }

    public static LocalAssignments For(IOperation root) => Cache.GetValue(root, r => new LocalAssignments(r));

    /// <summary>The values that may be in <paramref name="symbol"/> where it is read at <paramref name="position"/> (a write takes effect where its syntax ends); empty when it is never written here.</summary>
    public IEnumerable<IOperation> ValuesAt(ISymbol symbol, int position)
    {
        if (!writes.TryGetValue(symbol, out var list))
        {
            yield break;
        }

        // The last plain write before the use; none before it (a loop, or a use before any write) means every write.
        var from = -1;
        for (var i = 0; i < list.Count && list[i].Position < position; i++)
        {
            if (!list[i].Accumulates)
            {
                from = i;
            }
        }

        var anyBefore = list.Count > 0 && list[0].Position < position;
        for (var i = from < 0 ? 0 : from; i < list.Count; i++)
        {
            if (anyBefore && list[i].Position >= position)
            {
                break;
            }

            yield return list[i].Value;
        }
    }

    /// <summary>Whether a write to <paramref name="symbol"/> starts before <paramref name="position"/> (its value begins earlier in the source).</summary>
    public bool IsWrittenBefore(ISymbol symbol, int position) =>
        writes.TryGetValue(symbol, out var list) && list.Count > 0 && list[0].Value.Syntax.SpanStart < position;

    private void Add(ISymbol symbol, int position, IOperation value, bool accumulates)
    {
        if (!writes.TryGetValue(symbol, out var list))
        {
            writes[symbol] = list = [];
        }

        // Descendants come in tree order, which is source order; keep it sorted anyway for lambdas declared out of order.
        var index = list.Count;
        while (index > 0 && list[index - 1].Position > position)
        {
            index--;
        }

        list.Insert(index, new Write(position, value, accumulates));
    }

    /// <summary>A call that adds its arguments' text to a <c>StringBuilder</c> (<c>Append*</c>, <c>Insert</c>, <c>Replace</c>).</summary>
    public static bool IsBuilderWrite(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Insert" or "Replace"
        && TypeNames.Is(invocation.TargetMethod.ContainingType, "System.Text", "StringBuilder");

    private readonly struct Write(int position, IOperation value, bool accumulates)
    {
        public int Position { get; } = position;

        public IOperation Value { get; } = value;

        public bool Accumulates { get; } = accumulates;
    }
}
