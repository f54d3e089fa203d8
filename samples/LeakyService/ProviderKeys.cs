namespace LeakyService;

// A fake key (never issued) in the OpenAI shape, split so that no line of this file holds it whole:
// the compiler folds the constants, and EG0001 sees the folded value.
internal static class ProviderKeys
{
    private const string Prefix = "sk-";
    private const string Marker = "T3Blbk" + "FJ";

    // EG0001, playbook sections 2 and 5: a provider API key hardcoded in source.
    internal const string OpenAi = Prefix + "Lk3dQ9vTz7mWcR2pXy4B" + Marker + "Hn6sJ8aVf1GqZt5uKw0E";
}
