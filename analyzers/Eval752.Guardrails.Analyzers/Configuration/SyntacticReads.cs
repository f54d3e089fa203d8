using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// The configuration reads a syntax node shows without binding, for the read record (EG0205): binding a
/// method body costs about half a millisecond, so reads whose key is a string literal are taken from syntax
/// alone. The answer over-approximates on purpose: a look-alike <c>GetEnvironmentVariable</c> or a dictionary
/// indexer counts as a read, and since syntax cannot tell whether the receiver is the root or a section
/// (<c>IConfigurationSection</c> is an <c>IConfiguration</c>), every key is recorded both as written and as a
/// suffix pattern (<c>*__Key</c>). For a stale check, "read" is the safe mistake. Keys that are constants, and options
/// bindings (which need the bound type's properties), return false and go to the semantic recognisers.
/// </summary>
internal static class SyntacticReads
{
    /// <summary>Adds what <paramref name="node"/> reads; false when only binding can tell.</summary>
    public static bool TryAdd(SyntaxNode node, ReadNames names)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when InvokedName.Of(invocation.Expression) is "GetEnvironmentVariable":
                if (FirstLiteral(invocation.ArgumentList) is not { } variable)
                {
                    return false;
                }

                names.AddVariable(variable);
                return true;
            case InvocationExpressionSyntax invocation when InvokedName.Of(invocation.Expression) is "GetValue" or "GetConnectionString":
                if (FirstLiteral(invocation.ArgumentList) is not { } key || invocation.Expression is not MemberAccessExpressionSyntax member)
                {
                    return false;
                }

                if (PathOf(member.Expression) is not { } path)
                {
                    return false;
                }

                names.AddKey(path + (InvokedName.Of(invocation.Expression) == "GetConnectionString" ? "ConnectionStrings:" + key : key));
                return true;
            case ElementAccessExpressionSyntax element:
                if (FirstLiteral(element.ArgumentList) is not { } indexKey || PathOf(element.Expression) is not { } indexPath)
                {
                    return false;
                }

                if (!(element.Parent is AssignmentExpressionSyntax assignment && assignment.Left == element))
                {
                    names.AddKey(indexPath + indexKey);
                }

                return true;
            case MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax section } when IsSectionCall(section):
                if (FirstLiteral(section.ArgumentList) is not { } sectionKey || section.Expression is not MemberAccessExpressionSyntax sectionMember
                    || PathOf(sectionMember.Expression) is not { } sectionPath)
                {
                    return false;
                }

                names.AddKey(sectionPath + sectionKey);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The section path <paramref name="receiver"/>'s chain of <c>GetSection("…")</c> calls adds (<c>c.GetSection("A")</c> is
    /// <c>A:</c>, anything else the empty path), or null when a segment is not a literal (binding can fold constants).
    /// </summary>
    private static string? PathOf(ExpressionSyntax receiver)
    {
        var path = string.Empty;
        var hops = 0;
        while (receiver is InvocationExpressionSyntax call && IsSectionCall(call))
        {
            if (FirstLiteral(call.ArgumentList) is not { } segment || call.Expression is not MemberAccessExpressionSyntax member || ++hops > 16)
            {
                return null;
            }

            path = segment + ":" + path;
            receiver = member.Expression;
        }

        return path;
    }

    private static bool IsSectionCall(InvocationExpressionSyntax call) => InvokedName.Of(call.Expression) is "GetSection" or "GetRequiredSection";

    private static string? FirstLiteral(BaseArgumentListSyntax arguments) =>
        arguments.Arguments.Count > 0 && arguments.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;
}
