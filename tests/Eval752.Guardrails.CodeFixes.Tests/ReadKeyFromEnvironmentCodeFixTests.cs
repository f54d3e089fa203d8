using VerifyCS = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.HardcodedKeyMaterialAnalyzer,
    Eval752.Guardrails.CodeFixes.ReadKeyFromEnvironmentCodeFix>;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class ReadKeyFromEnvironmentCodeFixTests
{
    [Fact]
    public Task LiteralBytesIntoAesGcm_BecomeARunTimeReadOfEncryptionKey() => VerifyCS.VerifyCodeFixAsync(
        """
        using System;
        using System.Security.Cryptography;
        class C
        {
            AesGcm Create() => new AesGcm({|EG0004:new byte[] { 0x4f, 0x12, 0x9a, 0x33, 0x70, 0x81, 0x05, 0xde }|}, 16);
        }
        """,
        """
        using System;
        using System.Security.Cryptography;
        class C
        {
            AesGcm Create() => new AesGcm(Convert.FromHexString(Environment.GetEnvironmentVariable("ENCRYPTION_KEY") ?? throw new InvalidOperationException("ENCRYPTION_KEY is not set: provide the 64-hex master key through the environment or a secret store.")), 16);
        }
        """);

    [Fact]
    public Task KeyTextInStaticReadonlyField_BecomesTheVariable() => VerifyCS.VerifyCodeFixAsync(
        """
        using System;
        class C
        {
            static readonly string MasterKey = {|EG0004:"q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80="|};
        }
        """,
        """
        using System;
        class C
        {
            static readonly string MasterKey = Environment.GetEnvironmentVariable("ENCRYPTION_KEY") ?? throw new InvalidOperationException("ENCRYPTION_KEY is not set: provide the 64-hex master key through the environment or a secret store.");
        }
        """);

    [Fact]
    public Task ConstKeyText_OffersNoFix_BecauseAConstCannotReadAtRunTime() => VerifyCS.VerifyNoCodeFixAsync(
        """
        class C
        {
            const string MasterKey = {|EG0004:"q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80="|};
        }
        """);
}
