using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>The simple name an invocation's expression calls (<c>a.B()</c>, <c>a?.B()</c>, <c>B&lt;T&gt;()</c>, <c>B()</c> → B), read from syntax without binding.</summary>
internal static class InvokedName
{
    public static string? Of(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
