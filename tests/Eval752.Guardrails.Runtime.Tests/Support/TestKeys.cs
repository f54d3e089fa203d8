using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Tests.Support;

/// <summary>Fresh random master keys for each test: no key material is ever written in the repository.</summary>
internal static class TestKeys
{
    public static string NewHex()
    {
        using var key = MasterKey.Generate();
        return key.ToHex();
    }

    public static KeyRing Ring(string newest, params string[] previous) =>
        KeyRingParser.Parse(newest, previous.Length == 0 ? null : string.Join(',', previous));

    public static KeyId IdOf(string hex)
    {
        using var key = MasterKey.FromBytes(Convert.FromHexString(hex));
        return key.Id;
    }
}
