namespace Eval752.Guardrails.Runtime.AspNetCore.Headers;

/// <summary>The playbook's response headers (section 4). Defaults follow it; every value can be changed.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary><c>Strict-Transport-Security</c> max-age. Default: 1 day in Development, 180 days elsewhere (playbook: at least 6 months in production).</summary>
    public TimeSpan? HstsMaxAge { get; set; }

    public bool HstsIncludeSubDomains { get; set; } = true;

    public string ContentSecurityPolicy { get; set; } = "default-src 'self' data: blob:";

    public string FrameOptions { get; set; } = "DENY";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    /// <summary>Redirect HTTP to HTTPS with 301 outside Development (the proxy or app must know the HTTPS port).</summary>
    public bool RedirectHttpToHttps { get; set; } = true;
}
