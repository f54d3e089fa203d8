using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>Every row of the HTTP contract (DESIGN section 7), against real PostgreSQL.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class ProviderEndpointsTests(PostgresFixture fixture)
{
    private static readonly string[] SecurityHeaders = ["Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "Referrer-Policy", "X-Content-Type-Options"];

    [Fact]
    public async Task CreateGetListPatchDelete_FollowTheContract_AndNothingEchoesASecret()
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);
        var firstKey = SecretShapes.OpenAiProjectKey();
        var secondKey = SecretShapes.AnthropicKey();
        var transcript = new StringBuilder();

        var created = await Send(host, transcript, HttpMethod.Post, "/providers", new { name = "openai-main", kind = "openai", apiKey = firstKey });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/providers/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal(
            ["createdAt", "fingerprint", "id", "keyId", "kind", "name", "previousFingerprint", "secretVersion", "updatedAt"],
            body.EnumerateObject().Select(p => p.Name).Order());

        var fetched = await Send(host, transcript, HttpMethod.Get, $"/providers/{id}");
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal("\"1\"", fetched.Headers.ETag!.Tag);
        var list = await Send(host, transcript, HttpMethod.Get, "/providers");
        Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());

        var patched = await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { apiKey = secondKey }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var patchedBody = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, patchedBody.GetProperty("secretVersion").GetInt64());
        Assert.Equal(body.GetProperty("fingerprint").GetString(), patchedBody.GetProperty("previousFingerprint").GetString());
        Assert.NotEqual(body.GetProperty("fingerprint").GetString(), patchedBody.GetProperty("fingerprint").GetString());
        Assert.Equal("\"2\"", patched.Headers.ETag!.Tag);

        var stale = await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { apiKey = SecretShapes.GroqKey() }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(host, transcript, HttpMethod.Delete, $"/providers/{id}", ifMatch: "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(host, transcript, HttpMethod.Delete, $"/providers/{id}", ifMatch: "\"2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(host, transcript, HttpMethod.Get, $"/providers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(host, transcript, HttpMethod.Delete, $"/providers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { name = "x" })).StatusCode);

        var everything = transcript + "\n" + host.Logs.AllText;
        Assert.DoesNotContain(firstKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(secondKey, everything, StringComparison.Ordinal);
        Assert.Empty(SecretScanner.Scan(everything));
    }

    [Fact]
    public async Task DuplicateName_Is409()
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);
        var transcript = new StringBuilder();
        await Send(host, transcript, HttpMethod.Post, "/providers", new { name = "dup", kind = "openai", apiKey = SecretShapes.GroqKey() });

        var second = await Send(host, transcript, HttpMethod.Post, "/providers", new { name = "dup", kind = "openai", apiKey = SecretShapes.GroqKey() });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
    }

    public static TheoryData<string, string> BadCreateBodies() => new()
    {
        { "empty key", """{"name":"a","kind":"openai","apiKey":""}""" },
        { "100 KB key", $$"""{"name":"a","kind":"openai","apiKey":"{{new string('k', 100 * 1024)}}"}""" },
        { "4 KB + 1 key", $$"""{"name":"a","kind":"openai","apiKey":"{{new string('k', 4097)}}"}""" },
        { "control characters", """{"name":"a","kind":"openai","apiKey":"abc\u0000def\nghi"}""" },
        { "invalid JSON", """{"name":"a","kind":"openai","apiKey":""" },
        { "unknown field", """{"name":"a","kind":"openai","apiKey":"abcdef123456","api_key":"abcdef123456"}""" },
        { "missing name", """{"kind":"openai","apiKey":"abcdef123456"}""" },
        { "not an object", """["a"]""" },
        { "padded name", """{"name":" a","kind":"openai","apiKey":"abcdef123456"}""" },
    };

    [Theory]
    [MemberData(nameof(BadCreateBodies))]
    public async Task BadCreateBodies_Are400_WithoutEchoingInput(string why, string json)
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);

        using var response = await host.Client.PostAsync("/providers", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {response.StatusCode}");
        Assert.DoesNotContain("abcdef123456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kkkkkkkk", text, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task WrongContentTypeMalformedIfMatchAndEmptyPatch_Are400()
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);
        var transcript = new StringBuilder();
        var created = await Send(host, transcript, HttpMethod.Post, "/providers", new { name = "p", kind = "openai", apiKey = SecretShapes.GroqKey() });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var plain = await host.Client.PostAsync("/providers", new StringContent("name=a", Encoding.UTF8, "text/plain"));
        var badTag = await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { name = "q" }, ifMatch: "version-1");
        var empty = await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { });

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTag.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task MetadataPatch_KeepsTheVersion_AndWildcardIfMatchIsAccepted()
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);
        var transcript = new StringBuilder();
        var created = await Send(host, transcript, HttpMethod.Post, "/providers", new { name = "before", kind = "openai", apiKey = SecretShapes.GroqKey() });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var renamed = await Send(host, transcript, HttpMethod.Patch, $"/providers/{id}", new { name = "after" }, ifMatch: "*");
        var body = await renamed.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(("after", 1L), (body.GetProperty("name").GetString(), body.GetProperty("secretVersion").GetInt64()));
    }

    [Fact]
    public async Task Readiness_ReportsTheVault()
    {
        await using var host = await ApiHost.StartAsync(fixture.Cluster);

        using var response = await host.Client.GetAsync("/health/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("vault").GetProperty("status").GetString());
        AssertSecurityHeaders(response);
    }

    private static async Task<HttpResponseMessage> Send(ApiHost host, StringBuilder transcript, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await host.Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        transcript.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.Headers} {response.Content.Headers} {await response.Content.ReadAsStringAsync()}");
        AssertSecurityHeaders(response);
        return response;
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        foreach (var header in SecurityHeaders)
        {
            Assert.True(response.Headers.Contains(header), $"{header} missing on {(int)response.StatusCode}");
        }

        Assert.Equal("default-src 'self' data: blob:", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("max-age=15552000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
