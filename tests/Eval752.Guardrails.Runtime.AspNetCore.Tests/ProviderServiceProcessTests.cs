using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Builds;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>The sample as an operator runs it: a real process on a real socket (<c>--urls http://127.0.0.1:0</c>).</summary>
[Collection(PostgresFixture.Collection)]
public sealed class ProviderServiceProcessTests(PostgresFixture fixture)
{
    [Fact]
    public async Task RealProcess_ServesThePageAndTheApi_OverASocket()
    {
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { "run", "--no-build", "-c", GuardrailsPackageFeed.Configuration, "--project", "samples/ProviderService", "--", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Vault"] = await fixture.Cluster.CreateDatabaseAsync();
        start.Environment["ENCRYPTION_KEY"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = address };
            var key = SecretShapes.OpenAiProjectKey();

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
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var log = string.Join("\n", output);
        Assert.Empty(SecretScanner.Scan(log));

        void Capture(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            const string Marker = "Now listening on: ";
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line[(at + Marker.Length)..].Trim()));
            }
        }
    }
}
