using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Processes;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>The sample as an operator runs it: a real process on a real socket (<c>--urls http://127.0.0.1:0</c>).</summary>
[Collection(PostgresFixture.Collection)]
public sealed class ProviderServiceProcessTests(PostgresFixture fixture)
{
    [Fact]
    public async Task RealProcess_ServesThePageAndTheApi_OverASocket()
    {
        var key = SecretShapes.OpenAiProjectKey();
        string log;
        await using (var service = await ProviderServiceProcess.StartAsync(fixture.Cluster))
        {
            using var client = new HttpClient { BaseAddress = service.Address };

            using var created = await client.PostAsJsonAsync("/providers", new { name = "socket", kind = "openai", apiKey = key });
            using var page = await client.GetAsync("/");
            using var script = await client.GetAsync("/app.js");
            var list = await client.GetFromJsonAsync<JsonElement>("/providers");

            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            Assert.Equal("default-src 'self' data: blob:", page.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("socket", list[0].GetProperty("name").GetString());
            Assert.DoesNotContain(key, list.ToString(), StringComparison.Ordinal);
            log = service.Output;
        }

        Assert.DoesNotContain(key, log, StringComparison.Ordinal);
        Assert.Empty(SecretScanner.Scan(log));
    }
}
