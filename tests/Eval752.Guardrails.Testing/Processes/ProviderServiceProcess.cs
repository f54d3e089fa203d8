using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Eval752.Guardrails.Testing.Builds;
using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Testing.Processes;

/// <summary>
/// samples/ProviderService as a real process in Production mode on a free loopback port, with its own
/// database and a fresh key; everything it prints is kept for inspection.
/// </summary>
public sealed class ProviderServiceProcess : IAsyncDisposable
{
    private const string ListeningMarker = "Now listening on: ";
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProviderServiceProcess(Process process) => this.process = process;

    public Uri Address { get; private set; } = null!;

    public string Output => string.Join("\n", output);

    public static async Task<ProviderServiceProcess> StartAsync(PostgresCluster cluster)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { "run", "--no-build", "--no-launch-profile", "-c", GuardrailsPackageFeed.Configuration, "--project", "samples/ProviderService", "--", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Vault"] = await cluster.CreateDatabaseAsync();
        start.Environment["ENCRYPTION_KEY"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var service = new ProviderServiceProcess(new Process { StartInfo = start });
        service.process.OutputDataReceived += (_, e) => service.Capture(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Capture(e.Data);
        service.process.Start();
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        try
        {
            service.Address = await service.listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await service.DisposeAsync();
            throw new InvalidOperationException($"ProviderService did not start listening within 60 s:\n{service.Output}");
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        var at = line.IndexOf(ListeningMarker, StringComparison.Ordinal);
        if (at >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + ListeningMarker.Length)..].Trim()));
        }
    }
}
