using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>Packs Eval752.Guardrails once for the whole test collection.</summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    public const string Collection = "Packed Eval752.Guardrails";

    private GuardrailsPackageFeed? feed;

    public GuardrailsPackageFeed Feed => feed ?? throw new InvalidOperationException("The package has not been packed.");

    public async Task InitializeAsync() => feed = await GuardrailsPackageFeed.CreateAsync();

    public Task DisposeAsync()
    {
        feed?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(PackageFeedFixture.Collection)]
public sealed class PackageFeedCollectionDefinition : ICollectionFixture<PackageFeedFixture>;
