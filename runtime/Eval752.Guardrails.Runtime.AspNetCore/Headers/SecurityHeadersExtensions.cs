using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Eval752.Guardrails.Runtime.AspNetCore.Headers;

public static class SecurityHeadersExtensions
{
    public static IServiceCollection AddEval752SecurityHeaders(this IServiceCollection services, Action<SecurityHeadersOptions>? configure = null)
    {
        services.AddOptions<SecurityHeadersOptions>().Configure(o => configure?.Invoke(o));
        services.Configure<HttpsRedirectionOptions>(o => o.RedirectStatusCode = StatusCodes.Status301MovedPermanently);
        return services;
    }

    /// <summary>
    /// Adds <c>Strict-Transport-Security</c>, <c>Content-Security-Policy</c>, <c>X-Frame-Options</c>,
    /// <c>Referrer-Policy</c> and <c>X-Content-Type-Options</c> to every response, and outside Development
    /// redirects HTTP to HTTPS with 301. Call it first, so error responses carry the headers too.
    /// </summary>
    public static IApplicationBuilder UseEval752SecurityHeaders(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        var options = app.ApplicationServices.GetService<IOptions<SecurityHeadersOptions>>()?.Value ?? new SecurityHeadersOptions();
        var maxAge = options.HstsMaxAge ?? (environment.IsDevelopment() ? TimeSpan.FromDays(1) : TimeSpan.FromDays(180));
        var hsts = string.Create(CultureInfo.InvariantCulture, $"max-age={(long)maxAge.TotalSeconds}{(options.HstsIncludeSubDomains ? "; includeSubDomains" : string.Empty)}");

        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.StrictTransportSecurity = hsts;
                headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
                headers.XFrameOptions = options.FrameOptions;
                headers["Referrer-Policy"] = options.ReferrerPolicy;
                headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            await next(context);
        });

        if (!environment.IsDevelopment() && options.RedirectHttpToHttps)
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
