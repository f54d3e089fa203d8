using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Processes;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Bounded loopback load against the real ProviderService process: N concurrent clients mixing GET and
/// PATCH (If-Match from the last GET) for a fixed time. Reports requests/s, p50/p99 latency, status
/// counts, and checks that no update was lost (each provider's final version = 1 + its successful PATCHes).
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- load [clients] [seconds]
/// </summary>
internal static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var duration = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        await using var cluster = await PostgresCluster.StartAsync();
        await using var service = await ProviderServiceProcess.StartAsync(cluster);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = service.Address };

        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            using var created = await http.PostAsJsonAsync("/providers", new { name = $"load-{i}", kind = "openai", apiKey = NewKey() });
            created.EnsureSuccessStatusCode();
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var latencies = new List<double>[clients];
        var statuses = new int[600];
        var successfulPatches = new int[ids.Count];
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            latencies[client] = [];
            var random = new Random(client);
            while (!stop.IsCancellationRequested)
            {
                var index = random.Next(ids.Count);
                var started = Stopwatch.GetTimestamp();
                using var get = await http.GetAsync($"/providers/{ids[index]}");
                Record(client, get.StatusCode, started);
                if (random.Next(2) == 0 || get.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/providers/{ids[index]}") { Content = JsonContent.Create(new { apiKey = NewKey() }) };
                patch.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag!.Tag);
                started = Stopwatch.GetTimestamp();
                using var patched = await http.SendAsync(patch);
                Record(client, patched.StatusCode, started);
                if (patched.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref successfulPatches[index]);
                }
            }
        })));
        var elapsed = clock.Elapsed;

        var lost = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var provider = await http.GetFromJsonAsync<JsonElement>($"/providers/{ids[i]}");
            lost += provider.GetProperty("secretVersion").GetInt64() == 1 + successfulPatches[i] ? 0 : 1;
        }

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var serverErrors = statuses.Skip(500).Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clients {clients}, {elapsed.TotalSeconds:F1} s: {all.Length} requests, {all.Length / elapsed.TotalSeconds:F0} req/s, p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms; "
            + $"200 {statuses[200]}, 412 {statuses[412]}, 5xx {serverErrors}; successful PATCHes {successfulPatches.Sum()}, lost updates {lost}"));
        return serverErrors == 0 && lost == 0 ? 0 : 1;

        void Record(int client, HttpStatusCode status, long started)
        {
            latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Interlocked.Increment(ref statuses[(int)status]);
        }
    }

    private static string NewKey() => "load-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
