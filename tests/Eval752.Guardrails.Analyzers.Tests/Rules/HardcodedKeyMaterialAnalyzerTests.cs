using Eval752.Guardrails.Analyzers.Rules;
using VerifyCS = Eval752.Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.HardcodedKeyMaterialAnalyzer>;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

public sealed class HardcodedKeyMaterialAnalyzerTests
{
    // Key-shaped test data is assembled at run time so this file holds no secret-shaped literal.
    private static readonly string Hex64 = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37) + 11 & 0xFF).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    private static readonly string Base64Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)((i * 53) + 7)).ToArray());

    [Fact]
    public Task ByteArrayLiteralIntoAesGcm_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class C
        {
            AesGcm Create() => new AesGcm({|EG0004:new byte[] { 0x4f, 0x12, 0x9a, 0x33, 0x70, 0x81, 0x05, 0xde, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 }|}, 16);
        }
        """);

    [Fact]
    public Task HexStringThroughLocalIntoAesGcm_Reports() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System;
        using System.Security.Cryptography;
        class C
        {
            void M()
            {
                var key = {|EG0004:Convert.FromHexString("{{Hex64}}")|};
                using var aes = new AesGcm(key, 16);
            }
        }
        """);

    [Fact]
    public Task EncodedStringIntoHmacSha256_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        using System.Text;
        class C
        {
            HMAC Create() => new HMACSHA256({|EG0004:Encoding.UTF8.GetBytes("signing material kept in source")|});
        }
        """);

    [Fact]
    public Task Base64IntoAesKeyProperty_Reports() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System;
        using System.Security.Cryptography;
        class C
        {
            void M()
            {
                using var aes = Aes.Create();
                aes.Key = {|EG0004:Convert.FromBase64String("{{Base64Key}}")|};
            }
        }
        """);

    [Fact]
    public Task Utf8LiteralIntoChaCha20Poly1305_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class C
        {
            ChaCha20Poly1305 Create() => new ChaCha20Poly1305({|EG0004:"0123456789abcdef0123456789abcdeX"u8|});
        }
        """);

    [Fact]
    public Task CollectionExpressionIntoAesCcm_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class C
        {
            AesCcm Create() => new AesCcm({|EG0004:[9, 8, 7, 1, 2, 3, 200, 100, 9, 8, 7, 1, 2, 3, 200, 101]|});
        }
        """);

    [Fact]
    public Task HmacHashDataWithLiteralKey_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class C
        {
            byte[] Sign(byte[] data) => HMACSHA512.HashData({|EG0004:new byte[] { 1, 5, 9, 2, 6, 0, 3, 7 }|}, data);
        }
        """);

    [Fact]
    public Task SymmetricSecurityKeyWithLiteral_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        namespace Microsoft.IdentityModel.Tokens
        {
            public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
        }
        class C
        {
            object Create() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey({|EG0004:System.Text.Encoding.ASCII.GetBytes("jwt signing material in the source")|});
        }
        """);

    [Fact]
    public Task FieldNamedEncryptionKey_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            private static readonly byte[] EncryptionKey = {|EG0004:new byte[] { 0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe }|};
        }
        """);

    [Fact]
    public Task ConstHexStringNamedEncryptionKey_Reports() => VerifyCS.VerifyAnalyzerAsync($$"""
        class C
        {
            public const string ENCRYPTION_KEY = {|EG0004:"{{Hex64}}"|};
        }
        """);

    [Fact]
    public Task SetEnvironmentVariableEncryptionKey_Reports() => VerifyCS.VerifyAnalyzerAsync($$"""
        class C
        {
            void M() => System.Environment.SetEnvironmentVariable("ENCRYPTION_KEY", {|EG0004:"{{Hex64}}"|});
        }
        """);

    [Fact]
    public Task ConfigurationIndexerEncryptionKey_Reports() => VerifyCS.VerifyAnalyzerAsync($$"""
        using System.Collections.Generic;
        class C
        {
            Dictionary<string, string> Settings() => new() { ["Vault:MasterKey"] = {|EG0004:"{{Base64Key}}"|} };
        }
        """);

    [Fact]
    public Task PropertyReturningLiteralBytes_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            public byte[] MasterKey => {|EG0004:new byte[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 }|};
        }
        """);

    [Fact]
    public Task FieldInAnotherFileReachesAesGcm_ReportsAtInitializer() => VerifyCS.VerifyAnalyzerAsync(
        [
            """
            partial class Keys
            {
                internal static readonly byte[] Shared = {|EG0004:new byte[] { 0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18, 0x29, 0x3a, 0x4b, 0x5c, 0x6d, 0x7e, 0x8f, 0x90 }|};
            }
            """,
            """
            using System.Security.Cryptography;
            class C
            {
                AesGcm Create() => new AesGcm(Keys.Shared, 16);
            }
            """,
        ]);

    [Fact]
    public Task KeyNamedLocalAlsoPassedToSink_ReportsOnce() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class C
        {
            void M()
            {
                byte[] encryptionKey = {|EG0004:new byte[] { 7, 7, 1, 9, 3, 4, 5, 2, 8, 8, 1, 0, 4, 4, 2, 6 }|};
                using var aes = new AesGcm(encryptionKey, 16);
            }
        }
        """);

    [Fact]
    public Task ZeroFilledKeyOutsideTestVectorClass_Reports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        class KeyFactory
        {
            AesGcm Create() => new AesGcm({|EG0004:new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }|}, 16);
        }
        """);

    [Fact]
    public Task ZeroFilledAndCountingKeysInTestVectorClass_DoNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        static class AesGcmTestVectors
        {
            public static readonly byte[] EncryptionKey = new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
            public static AesGcm Counting() => new AesGcm(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, 16);
        }
        """);

    [Fact]
    public Task RandomLookingKeyInTestVectorClass_StillReports() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        static class AesGcmTestVectors
        {
            public static AesGcm Create() => new AesGcm({|EG0004:new byte[] { 0x9c, 0x01, 0x7e, 0x44, 0x10, 0xfe, 0x21, 0x00, 0x5a, 0x33, 0xe0, 0x19, 0x8b, 0x72, 0x0d, 0xc4 }|}, 16);
        }
        """);

    [Fact]
    public Task KeyReadFromEnvironment_DoesNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        class C
        {
            AesGcm Create()
            {
                var encryptionKey = Convert.FromHexString(Environment.GetEnvironmentVariable("ENCRYPTION_KEY")!);
                return new AesGcm(encryptionKey, 16);
            }
        }
        """);

    [Fact]
    public Task RandomKeyAndLiteralNonceOrPlaintext_DoNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        using System.Text;
        class C
        {
            void M()
            {
                using var aes = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
                var nonce = new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
                var plaintext = Encoding.UTF8.GetBytes("hello world, this is plain text");
                aes.Encrypt(nonce, plaintext, new byte[plaintext.Length], new byte[16]);
            }
        }
        """);

    [Fact]
    public Task KeyMetadataNamesAndPublicKeys_DoNotReport() => VerifyCS.VerifyAnalyzerAsync($$"""
        class C
        {
            const string EncryptionKeyId = "{{Hex64}}";
            static readonly byte[] PublicKey = new byte[] { 4, 99, 12, 80, 3, 3, 7, 1 };
            const string EncryptionKeyFingerprint = "{{Hex64}}";
        }
        """);

    [Fact]
    public Task PlaceholderKeyText_DoesNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            const string EncryptionKey = "0000000000000000000000000000000000000000000000000000000000000000";
            const string MasterKey = "short";
        }
        """);

    [Fact]
    public Task NonKeyByteArrayInField_DoesNotReport() => VerifyCS.VerifyAnalyzerAsync("""
        class C
        {
            static readonly byte[] Magic = new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a };
            static readonly byte[] Header = System.Text.Encoding.ASCII.GetBytes("GIF89a-header-bytes-here");
        }
        """);
}
