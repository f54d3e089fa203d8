using System.Collections.Generic;
using System.Threading;
using Eval752.Guardrails.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// Every configuration variable a whole compilation reads, for the read record EG0205 compares listings
/// with. The same recognisers as EG0201/EG0202 (<see cref="ConfigurationReads"/>, <see cref="OptionsBindings"/>),
/// but found by a syntax walk: reads with literal keys are taken from syntax (<see cref="SyntacticReads"/>),
/// and only the rest (constant keys, options bindings) are bound. A read through
/// <c>AddEnvironmentVariables("P_")</c> is recorded with and without each prefix: the record errs towards
/// "read", because a wrong stale report asks a team to delete a variable a service needs.
/// </summary>
internal static class CompilationReads
{
    private static readonly HashSet<string> ReadingMethods = new()
    {
        "GetEnvironmentVariable", "GetValue", "GetConnectionString", "Configure", "Bind", "BindConfiguration", "Get",
    };

    public static SortedSet<string> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new ReadNames(new EnvironmentPrefixes(compilation, cancellationToken).Values);
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (!IsCandidate(node) || SyntacticReads.TryAdd(node, names))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                model ??= compilation.GetSemanticModel(tree);
                switch (model.GetOperation(node, cancellationToken))
                {
                    case IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable" } invocation when ConfigurationReads.Of(invocation) is { } read:
                        names.AddVariable(read.Key);
                        break;
                    case IInvocationOperation invocation when ConfigurationReads.Of(invocation) is { } read:
                        names.AddBoundKey(read.Key);
                        break;
                    case IInvocationOperation invocation when OptionsBindings.Of(invocation) is { } bound:
                        foreach (var (key, _, _) in bound)
                        {
                            names.AddBoundKey(key);
                        }

                        break;
                    case IPropertyReferenceOperation property when ConfigurationReads.Of(property) is { } read:
                        names.AddBoundKey(read.Key);
                        break;
                }
            }
        }

        return names.Names;
    }

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => InvokedName.Of(invocation.Expression) is { } name && ReadingMethods.Contains(name),
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } =>
            !arguments[0].Expression.IsKind(SyntaxKind.NumericLiteralExpression),
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "Value" && member.Parent is not InvocationExpressionSyntax,
        _ => false,
    };
}
