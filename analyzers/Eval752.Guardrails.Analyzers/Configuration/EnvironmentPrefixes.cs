using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// The prefixes a compilation gives <c>AddEnvironmentVariables("MYAPP_")</c> (DESIGN section 5): with one,
/// the configuration key <c>Smtp:Host</c> comes from the variable <c>MYAPP_Smtp__Host</c>. Found once per
/// compilation, on the first configuration read, by a text search that skips every file not mentioning
/// the method (without copying any file's text), then a syntax walk of the few that do (literal prefixes only).
/// </summary>
internal sealed class EnvironmentPrefixes
{
    private const string MethodName = "AddEnvironmentVariables";

    private readonly Lazy<IReadOnlyList<string>> prefixes;

    public EnvironmentPrefixes(Compilation compilation, CancellationToken cancellationToken) =>
        prefixes = new Lazy<IReadOnlyList<string>>(() => Find(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<string> Values => prefixes.Value;

    private static List<string> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Mentions(tree.GetText(cancellationToken), MethodName))
            {
                continue;
            }

            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } invocation
                    && InvokedName.Of(invocation.Expression) == MethodName
                    && arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string prefix } literal
                    && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && prefix.Length > 0
                    && !found.Contains(prefix))
                {
                    found.Add(prefix);
                }
            }
        }

        return found;
    }

    /// <summary>Whether the text contains <paramref name="word"/>, read through the indexer: no copy of the file is made.</summary>
    private static bool Mentions(SourceText text, string word)
    {
        var limit = text.Length - word.Length;
        for (var i = 0; i <= limit; i++)
        {
            if (text[i] != word[0])
            {
                continue;
            }

            var j = 1;
            while (j < word.Length && text[i + j] == word[j])
            {
                j++;
            }

            if (j == word.Length)
            {
                return true;
            }
        }

        return false;
    }
}
