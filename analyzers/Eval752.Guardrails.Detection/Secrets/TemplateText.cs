namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Templates and variable references, which stand where a secret will be and are not one. Shared by the
/// secret-named value rule (<see cref="GenericSecretValue"/>) and the credentials in connection strings, URLs and
/// headers (<see cref="Detectors.CredentialValue"/>), so a password with a '$' in it is a finding for both.
/// </summary>
internal static class TemplateText
{
    /// <summary>
    /// A template or a reference, not a secret: <c>${X}</c>, <c>$(X)</c>, a brace pair (<c>{0}</c>, <c>{{x}}</c>,
    /// <c>#{x}</c>), an angle pair (<c>&lt;your-key&gt;</c>), <c>%NAME%</c>, printf's <c>%s</c>/<c>%d</c>, or a whole value
    /// that names a variable (<c>$DB_PASSWORD</c>, <c>$env:DB_PASSWORD</c>). A lone <c>$</c>, <c>%</c>, <c>&lt;</c> or brace
    /// is just a character of a password (<c>q7Hk2LmP9x$</c>).
    /// </summary>
    public static bool IsTemplate(string text, int start, int length)
    {
        var end = start + length;
        bool brace = false, angle = false;
        var percent = -1;
        for (var i = start; i < end; i++)
        {
            var next = i + 1 < end ? text[i + 1] : '\0';
            switch (text[i])
            {
                case '{':
                    brace = true;
                    break;
                case '}' when brace:
                    return true;
                case '<':
                    angle = true;
                    break;
                case '>' when angle:
                    return true;
                case '$' when next is '{' or '(':
                    return true;
                case '%' when next is 's' or 'd' or '(' || (percent >= 0 && i > percent + 1 && IsUpperName(text, percent + 1, i)):
                    return true;
                case '%':
                    percent = i;
                    break;
            }
        }

        return length > 0 && text[start] == '$'
            && (IsUpperName(text, start + 1, end) || (TokenText.HasAt(text, start + 1, "env:") && IsName(text, start + 5, end)));
    }

    private static bool IsUpperName(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!(text[i] is (>= 'A' and <= 'Z') or '_' || (i > start && text[i] is >= '0' and <= '9')))
            {
                return false;
            }
        }

        return end > start;
    }

    private static bool IsName(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!(TokenText.IsLetter(text[i]) || text[i] == '_' || (i > start && text[i] is >= '0' and <= '9')))
            {
                return false;
            }
        }

        return end > start;
    }
}
