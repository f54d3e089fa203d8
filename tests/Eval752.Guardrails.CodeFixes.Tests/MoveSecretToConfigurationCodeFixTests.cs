using Eval752.Guardrails.Testing.Secrets;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using ProviderVerifier = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer,
    Eval752.Guardrails.CodeFixes.MoveSecretToConfigurationCodeFix>;
using CredentialVerifier = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer,
    Eval752.Guardrails.CodeFixes.MoveSecretToConfigurationCodeFix>;
using NamedVerifier = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.SecretLiteralAnalyzer,
    Eval752.Guardrails.CodeFixes.MoveSecretToConfigurationCodeFix>;

namespace Eval752.Guardrails.CodeFixes.Tests;

/// <summary>Secret-shaped values are generated per run (SecretShapes); nothing secret-shaped is committed.</summary>
public sealed class MoveSecretToConfigurationCodeFixTests
{
    private const string EnvExample = "/0/.env.example";
    private const string ExistingTemplate = "# Variables.\nENCRYPTION_KEY=\n";
    private const string AddedComment = "# Secrets moved out of source code: set the real values in .env (never committed) or a secret store.\n";

    [Fact]
    public async Task OptionsMember_ReadsTheSectionVariable_AndAddsItToEnvExample()
    {
        var key = SecretShapes.OpenAiProjectKey();
        var test = new ProviderVerifier.Test
        {
            TestCode = $$"""
                class OpenAiOptions
                {
                    public string ApiKey { get; set; } = {|EG0001:"{{key}}"|};
                }
                """,
            FixedCode = """
                class OpenAiOptions
                {
                    public string ApiKey { get; set; } = System.Environment.GetEnvironmentVariable("OpenAi__ApiKey") ?? throw new System.InvalidOperationException("OpenAi__ApiKey is not set: provide it through the environment or a secret store (see .env.example).");
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((EnvExample, ExistingTemplate));
        test.FixedState.AdditionalFiles.Add((EnvExample, ExistingTemplate + "\n" + AddedComment + "OpenAi__ApiKey=\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task LocalWithConfigurationInScope_ReadsConfiguration_AndKeepsBrandNamesWhole()
    {
        var key = SecretShapes.OpenAiProjectKey();
        var test = new ProviderVerifier.Test
        {
            TestCode = $$"""
                using Microsoft.Extensions.Configuration;
                namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; set; } } }
                class Client
                {
                    public string Create(IConfiguration configuration)
                    {
                        var openAiKey = {|EG0001:"{{key}}"|};
                        return openAiKey;
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Configuration;
                namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; set; } } }
                class Client
                {
                    public string Create(IConfiguration configuration)
                    {
                        var openAiKey = configuration["OPENAI_KEY"] ?? throw new System.InvalidOperationException("OPENAI_KEY is not configured: set the OPENAI_KEY environment variable or a secret-store entry (see .env.example).");
                        return openAiKey;
                    }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((EnvExample, ExistingTemplate));
        test.FixedState.AdditionalFiles.Add((EnvExample, ExistingTemplate + "\n" + AddedComment + "OPENAI_KEY=\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ConstConnectionString_BecomesStaticReadonly_NamedAfterTheConnection_AndCreatesEnvExample()
    {
        var password = SecretShapes.Random(SecretShapes.Alphanumeric, 24);
        var test = new CredentialVerifier.Test
        {
            TestCode = $$"""
                using System;
                class Db
                {
                    private const string VaultConnectionString = {|EG0002:"Host=db.internal;Database=vault;Username=app;Password={{password}}"|};
                }
                """,
            FixedCode = """
                using System;
                class Db
                {
                    private static readonly string VaultConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Vault") ?? throw new InvalidOperationException("ConnectionStrings__Vault is not set: provide it through the environment or a secret store (see .env.example).");
                }
                """,
        };
        test.FixedState.AdditionalFiles.Add((EnvExample, AddedComment + "ConnectionStrings__Vault=\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task DictionaryKey_IsTheVariable_AndAnExistingListingIsNotRepeated()
    {
        var secret = SecretShapes.Random(SecretShapes.Alphanumeric, 28);
        const string template = "# Mail.\nSmtp__Password=\n";
        var test = new NamedVerifier.Test
        {
            TestCode = $$"""
                using System;
                using System.Collections.Generic;
                class Mail
                {
                    static readonly Dictionary<string, string> Settings = new()
                    {
                        ["Smtp:Host"] = "smtp.example.org",
                        ["Smtp:Password"] = {|EG0003:"{{secret}}"|},
                    };
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;
                class Mail
                {
                    static readonly Dictionary<string, string> Settings = new()
                    {
                        ["Smtp:Host"] = "smtp.example.org",
                        ["Smtp:Password"] = Environment.GetEnvironmentVariable("Smtp__Password") ?? throw new InvalidOperationException("Smtp__Password is not set: provide it through the environment or a secret store (see .env.example)."),
                    };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((EnvExample, template));
        test.FixedState.AdditionalFiles.Add((EnvExample, template));
        await test.RunAsync();
    }

    [Fact]
    public async Task ProviderKeyPassedToAClient_GetsTheProvidersConventionalName()
    {
        var key = SecretShapes.AnthropicKey();
        var test = new ProviderVerifier.Test
        {
            TestCode = $$"""
                class AnthropicClient { public AnthropicClient(string apiKey) { } }
                class Factory
                {
                    AnthropicClient Create() => new AnthropicClient({|EG0001:"{{key}}"|});
                }
                """,
            FixedCode = """
                class AnthropicClient { public AnthropicClient(string apiKey) { } }
                class Factory
                {
                    AnthropicClient Create() => new AnthropicClient(System.Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") ?? throw new System.InvalidOperationException("ANTHROPIC_API_KEY is not set: provide it through the environment or a secret store (see .env.example)."));
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((EnvExample, ExistingTemplate));
        test.FixedState.AdditionalFiles.Add((EnvExample, ExistingTemplate + "\n" + AddedComment + "ANTHROPIC_API_KEY=\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Utf8Literal_BecomesTheEncodedRead()
    {
        var key = SecretShapes.GroqKey();
        var test = new ProviderVerifier.Test
        {
            TestCode = $$"""
                using System;
                class Signer
                {
                    static ReadOnlySpan<byte> GroqApiKey() => {|EG0001:"{{key}}"u8|};
                }
                """,
            FixedCode = """
                using System;
                class Signer
                {
                    static ReadOnlySpan<byte> GroqApiKey() => System.Text.Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("GROQ_API_KEY") ?? throw new InvalidOperationException("GROQ_API_KEY is not set: provide it through the environment or a secret store (see .env.example)."));
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((EnvExample, ExistingTemplate));
        test.FixedState.AdditionalFiles.Add((EnvExample, ExistingTemplate + "\n" + AddedComment + "GROQ_API_KEY=\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AttributeArgument_OffersNoFix_BecauseAttributesNeedConstants()
    {
        var key = SecretShapes.OpenAiProjectKey();
        var source = $$"""
            using System;
            [AttributeUsage(AttributeTargets.Class)]
            class KeyAttribute : Attribute { public KeyAttribute(string value) { } }
            [Key({|EG0001:"{{key}}"|})]
            class C { }
            """;
        await ProviderVerifier.VerifyNoCodeFixAsync(source);
    }

    [Fact]
    public async Task FixAll_RewritesEveryDocument_AndWritesEnvExampleOnce()
    {
        var first = SecretShapes.OpenAiProjectKey();
        var second = SecretShapes.OpenAiProjectKey();
        var third = SecretShapes.AnthropicKey();
        var test = new ProviderVerifier.Test
        {
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
            CodeActionEquivalenceKey = MoveSecretToConfigurationCodeFix.EquivalenceKey,
        };
        test.TestState.Sources.Add(("/0/A.cs", $$"""
            class OpenAiOptions
            {
                public string ApiKey { get; set; } = {|EG0001:"{{first}}"|};
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", $$"""
            class Keys
            {
                static readonly string OpenAiKey = {|EG0001:"{{second}}"|};
                static readonly string AnthropicKey = {|EG0001:"{{third}}"|};
            }
            """));
        test.TestState.AdditionalFiles.Add((EnvExample, ExistingTemplate));
        test.FixedState.Sources.Add(("/0/A.cs", """
            class OpenAiOptions
            {
                public string ApiKey { get; set; } = System.Environment.GetEnvironmentVariable("OpenAi__ApiKey") ?? throw new System.InvalidOperationException("OpenAi__ApiKey is not set: provide it through the environment or a secret store (see .env.example).");
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", """
            class Keys
            {
                static readonly string OpenAiKey = System.Environment.GetEnvironmentVariable("OPENAI_KEY") ?? throw new System.InvalidOperationException("OPENAI_KEY is not set: provide it through the environment or a secret store (see .env.example).");
                static readonly string AnthropicKey = System.Environment.GetEnvironmentVariable("ANTHROPIC_KEY") ?? throw new System.InvalidOperationException("ANTHROPIC_KEY is not set: provide it through the environment or a secret store (see .env.example).");
            }
            """));
        test.FixedState.AdditionalFiles.Add((EnvExample, ExistingTemplate + "\n" + AddedComment + "OpenAi__ApiKey=\nOPENAI_KEY=\nANTHROPIC_KEY=\n"));
        await test.RunAsync();
    }
}
