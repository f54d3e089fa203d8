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
/// but found by a syntax walk that binds only the few nodes that can be reads: invocations of the reading
/// and binding methods by name, indexers with one non-numeric argument, and <c>.Value</c>. A read through
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
        var prefixes = new EnvironmentPrefixes(compilation, cancellationToken).Values;
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (!IsCandidate(node))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                model ??= compilation.GetSemanticModel(tree);
                switch (model.GetOperation(node, cancellationToken))
                {
                    case IInvocationOperation invocation when ConfigurationReads.Of(invocation) is { } read:
                        Add(names, read.Key, invocation.TargetMethod.Name == "GetEnvironmentVariable" ? [] : prefixes);
                        break;
                    case IInvocationOperation invocation when OptionsBindings.Of(invocation) is { } bound:
                        foreach (var (key, _, _) in bound)
                        {
                            Add(names, key, prefixes);
                        }

                        break;
                    case IPropertyReferenceOperation property when ConfigurationReads.Of(property) is { } read:
                        Add(names, read.Key, prefixes);
                        break;
                }
            }
        }

        return names;
    }

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression) is { } name && ReadingMethods.Contains(name),
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } =>
            !arguments[0].Expression.IsKind(SyntaxKind.NumericLiteralExpression),
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "Value" && member.Parent is not InvocationExpressionSyntax,
        _ => false,
    };

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    private static void Add(SortedSet<string> names, string key, IReadOnlyList<string> prefixes)
    {
        var variable = ConfigurationVariable.Canonical(key);
        if (variable.Length == 0)
        {
            return;
        }

        names.Add(variable);
        foreach (var prefix in prefixes)
        {
            names.Add(prefix + variable);
        }
    }
}
