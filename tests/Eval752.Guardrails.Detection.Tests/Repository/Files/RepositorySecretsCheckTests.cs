using Eval752.Guardrails.Detection.Repository.Files;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Repository.Files;

/// <summary>
/// EG0301 over each file kind. Provider-shaped keys are generated per run (<see cref="SecretShapes"/>); the
/// name-based values are made-up, low-value strings with a secret's character mix.
/// </summary>
public sealed class RepositorySecretsCheckTests
{
    private static string[] Check(string path, string text) =>
        [.. RepositorySecretsCheck.Check(path, text, RepositoryFileKinds.Classify(path)).Select(f => $"{f.Line}:{f.Column} {Kind(f.Message)}")];

    private static string Kind(string message) =>
        message.StartsWith("A secret-named value", StringComparison.Ordinal) ? "generic" : message.Split(' ')[1];

    [Fact]
    public void AppSettings_ShapesAndSecretNamedValues_AreReportedAtTheValue_WithTheEnvironmentNameToUse()
    {
        var openAi = SecretShapes.OpenAiProjectKey();
        var password = string.Concat("Made-up-", "9x7q"); // assembled at run time: the repository's own EG0002 reads literals
        var json = $$"""
            {
              // comments are allowed in appsettings
              "Providers": { "OpenAI": { "ApiKey": "{{openAi}}", "ApiKeyHeader": "X-Api-Key" } },
              "ConnectionStrings": { "Vault": "Host=db.internal;Username=app;Password={{password}}" },
              "Smtp": {
                "Password": "Gr8-made-up-pw",
                "PasswordPolicy": "Strong-2024x",
                "Token": "${SMTP_TOKEN}",
              },
              "Jwt": { "Secret": "" },
            }
            """;
        var findings = RepositorySecretsCheck.Check("/repo/src/Api/appsettings.Production.json", json, RepositoryFileKind.Json);

        Assert.Equal(["3:41 openai", "4:66 connection-string-password", "6:18 generic"], Check("/repo/src/Api/appsettings.Production.json", json));
        Assert.Contains("under Smtp:Password", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("as Smtp__Password", findings[2].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.DoesNotContain("Made-up-9x7q", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain("Gr8-made-up-pw", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain(openAi[8..], f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void GenericKeyAndValueKeys_AreNamedByTheirParent()
    {
        Assert.Equal(["2:20 generic", "5:15 generic"], Check("/repo/appsettings.json", """
            {
              "Jwt": { "Key": "Made-up-jwt-key-77", "Issuer": "eval752" },
              "Cache": { "Key": "users-v2-2024x" },
              "ApiKey": {
                "Value": "made-UP-api-key-78"
              }
            }
            """));
        Assert.Equal(["2:8 generic"], Check("/repo/values.yaml", """
            signing:
              key: Made-up-yaml-key-79
              # a cache key is not a secret
            cache:
              key: users-v2-2024x
            """));
    }

    [Fact]
    public void LaunchSettings_EnvironmentVariables_AreRead()
    {
        var json = """
            {
              "profiles": {
                "Api": { "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "OPENAI_API_KEY": "made-UP-key-7781" } }
              }
            }
            """;

        Assert.Equal(["3:100 generic"], Check("/repo/src/Api/Properties/launchSettings.json", json));
    }

    [Fact]
    public void Compose_MapAndListEnvironments_ReferencesAndLocalDefaultsAreNot()
    {
        var yaml = """
            services:
              api:
                environment:
                  OPENAI_API_KEY: ${OPENAI_API_KEY}
                  POSTGRES_PASSWORD: postgres
                  REDIS_PASSWORD: "Made-up-redis-44"
                  ENCRYPTION_KEY_FILE: /run/secrets/encryption_key
              worker:
                environment:
                  - ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}
                  - DB_PASSWORD=made-Up-db-pass-5
                  - LOG_LEVEL=Information
            """;

        Assert.Equal(["6:24 generic", "11:21 generic"], Check("/repo/docker-compose.yml", yaml));
    }

    [Fact]
    public void KubernetesManifests_EnvNameValuePairs_SecretData_AndBlockScalars()
    {
        var pem = SecretShapes.PemPrivateKey();
        var indentedPem = string.Join("\n", pem.Split('\n').Select(l => "    " + l));
        var yaml = $$"""
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      env:
                        - name: DB_PASSWORD
                          value: "Made-up-k8s-pw1"
                        - name: OPENAI_API_KEY
                          valueFrom:
                            secretKeyRef: { name: providers, key: openai }
            ---
            apiVersion: v1
            kind: Secret
            data:
              password: {{Convert.ToBase64String("Made-up-b64-pw2"u8.ToArray())}}
              username: {{Convert.ToBase64String("api-user"u8.ToArray())}}
            stringData:
              tls.key: |
            {{indentedPem}}
            """;

        Assert.Equal(["10:23 generic", "18:13 generic", "22:5 private-key"], Check("/repo/deploy/k8s/api.yaml", yaml));
    }

    [Fact]
    public void YamlAnchorsAndAliases_AreNeverExpanded_SoABillionLaughsFileIsOneFinding()
    {
        var lines = new List<string> { "a: &a [\"lol\"]", "secret_token: &t Made-up-anchor-9" };
        for (var level = 0; level < 30; level++)
        {
            lines.Add($"l{level}: &l{level} [*{(level == 0 ? "a" : "l" + (level - 1))}, *{(level == 0 ? "a" : "l" + (level - 1))}, *{(level == 0 ? "a" : "l" + (level - 1))}]");
        }

        lines.Add("copy_token: *t");

        Assert.Equal(["2:18 generic"], Check("/repo/values.yaml", string.Join("\n", lines)));
    }

    [Fact]
    public void XmlConfig_KeyedSettings_SecretAttributes_ElementText_AndConnectionStrings()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <!-- <add key="OldPassword" value="Commented-out-1" /> -->
              <appSettings>
                <add key="SmtpPassword" value="Made-up-smtp-7" />
                <add key="SmtpHost" value="smtp.example.org" />
              </appSettings>
              <packageSourceCredentials>
                <feed><add key="Username" value="ci" /><add key="ClearTextPassword" value="made-UP-feed-42" /></feed>
              </packageSourceCredentials>
              <ldap bindPassword="Made&amp;up-ldap3" />
              <ApiToken>made-UP-token-77</ApiToken>
            </configuration>
            """;

        Assert.Equal(["5:36 generic", "9:80 generic", "11:23 generic", "12:13 generic"], Check("/repo/src/Web/web.config", xml));
    }

    [Fact]
    public void XmlConfig_KeywordLists_AreNotSecrets() =>
        Assert.Empty(Check("/repo/src/Web/web.config", """
            <configuration>
              <system.web>
                <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />
              </system.web>
            </configuration>
            """));

    [Fact]
    public void PackageManagerRcFiles_AuthTokensAndPasswords()
    {
        Assert.Equal(["2:36 generic"], Check("/repo/web/.npmrc", """
            //registry.npmjs.org/:_authToken=${NPM_TOKEN}
            //npm.internal.example/:_authToken=Made-up-npm-token-83
            registry=https://npm.internal.example/
            """));
        Assert.Equal(["4:12 generic"], Check("/repo/.pypirc", """
            [pypi]
            username = __token__
            [internal]
            password = Made-up-pypi-84
            """));
    }

    [Fact]
    public void CommentedOutAssignments_AreNotRead() =>
        Assert.Empty(Check("/repo/infra/prod.tfvars", """
            // db_password = "Made-up-tf-85"
            # api_token = "Made-up-tf-86"
            db_password = var.db_password
            """));

    [Fact]
    public void CurlUserOptions_ThePasswordAfterTheColonIsASecret()
    {
        Assert.Equal(
            ["1:15 generic", "2:25 generic"],
            Check("/repo/scripts/call.sh", """
                curl -u admin:Made-up-curl-81 https://api.internal.example/
                curl --user "deploy-bot:made-UP-curl-82" https://api.internal.example/
                curl -u "$API_USER:$API_PASSWORD" https://api.internal.example/
                curl -u admin: https://api.internal.example/
                """));
    }

    [Fact]
    public void DockerfilesAndScripts_Assignments_InEveryCommonForm()
    {
        Assert.Equal(
            ["3:15 generic", "4:18 generic", "5:12 generic"],
            Check("/repo/Dockerfile", """
                FROM mcr.microsoft.com/dotnet/aspnet:10.0
                ARG NUGET_TOKEN
                ENV API_TOKEN=Made-up-docker-1 LOG_LEVEL=Warning
                ARG DB_PASSWORD="made-UP-arg-2"
                ENV SECRET Made-up-legacy-3
                USER eval752
                """));
        Assert.Equal(
            ["2:19 generic", "3:13 generic", "4:27 generic"],
            Check("/repo/scripts/deploy.sh", """
                #!/bin/sh
                export API_TOKEN="Made-up-shell-4"
                DB_PASSWORD=made-UP-shell-5 ./migrate
                psql --host db --password=Made-up-flag-6 --port 5432
                # export OLD_TOKEN=Made-up-comment-7
                export OPENAI_API_KEY="$OPENAI_API_KEY"
                """));
        Assert.Equal(
            ["1:19 generic", "2:14 generic", "3:32 generic"],
            Check("/repo/scripts/setup.ps1", """
                $env:API_TOKEN = 'Made-up-ps-8'
                $Password = "made-UP-ps-9"
                Connect-Thing -Name x -ApiKey "Made-up-ps-10"
                $env:OPENAI_API_KEY = $env:FROM_VAULT
                """));
    }

    [Fact]
    public void ReferencesToSecretStores_AndComputedValues_AreNotSecrets()
    {
        Assert.Empty(Check("/repo/deploy/values.yaml", """
            auth:
              existingSecret: db-credentials-v2
              passwordSecretRef: vault-db-pass-01
              secretArn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf
            """));
        Assert.Empty(Check("/repo/scripts/login.ps1", """
            Connect-Db -Password (ConvertTo-SecureString $plain -AsPlainText -Force)
            $token = @(Get-Secret -Name Api2024)
            $secret = [Convert]::ToBase64String($bytes)
            """));
        Assert.Empty(Check("/repo/scripts/login.sh", """
            echo "$TOKEN" | docker login --username ci-bot --password-stdin registry2.example.org
            API_TOKEN=`vault read -field=token secret/api2`
            """));
    }

    [Fact]
    public void KeyFiles_AreReadForShapes_AndAwsCredentialFilesByName()
    {
        Assert.Equal(["1:1 private-key"], Check("/repo/deploy/tls/server.key", SecretShapes.PemPrivateKey() + "\n"));
        Assert.Equal(["3:25 generic"], Check("/repo/ops/.aws/credentials", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = Made-up/aws+secret-80\n"));
    }

    [Fact]
    public void EnvFiles_OtherThanEnvExample_AreChecked()
    {
        var text = "OPENAI_API_KEY=" + SecretShapes.OpenAiProjectKey() + "\nDB_PASSWORD=Made-up-env-11\nDB_HOST=localhost\n";

        Assert.Equal(["1:16 openai", "2:13 generic"], Check("/repo/.env.production", text));
        Assert.Empty(Check("/repo/.env.example", text));
    }

    [Fact]
    public void Bundles_OnlyCredentialShapes_NeverTheNameBasedRule_AndProviderKeysAreEG0304s()
    {
        var bundle = "var a={password:\"Made-up-bundle-12\",apiKey:\"" + SecretShapes.AnthropicKey() + "\"};fetch(\"https://admin:" + string.Concat("Made-up-", "url-pw-13") + "@api.internal.example/\")";

        Assert.Equal(["1:113 url-credentials"], Check("/repo/web/dist/assets/index-4f2a.js", bundle).Select(s => s.Replace("1:" + (bundle.IndexOf("https", StringComparison.Ordinal) + 1), "1:113")));
    }

    [Fact]
    public void CiConfigurations_ShapesOnLinesEG0302DoesNotReport()
    {
        var yaml = $"""
            env:
              OPENAI_API_KEY: {SecretShapes.OpenAiProjectKey()}
            jobs:
              build:
                steps:
                  - run: curl -H "Authorization: Bearer {SecretShapes.GitHubClassicToken()}" https://api.github.com
            """;

        Assert.Equal(["6:38 authorization-header"], Check("/repo/.github/workflows/ci.yml", yaml));
    }

    [Fact]
    public void DeeplyNestedJson_IsReadWithoutRecursion()
    {
        var depth = 200_000;
        var json = new string('[', depth) + "{\"ApiToken\":\"Made-up-deep-14\"}" + new string(']', depth);

        var finding = Assert.Single(RepositorySecretsCheck.Check("/repo/appsettings.json", json, RepositoryFileKind.Json));
        Assert.Contains("under …:", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/Api/appsettings.json", "Json")]
    [InlineData("src/Api/appsettings.Development.json", "Json")]
    [InlineData("src/Api/Properties/launchSettings.json", "Json")]
    [InlineData("src/Api/package.json", "None")]
    [InlineData("deploy/chart/values.yaml", "Yaml")]
    [InlineData("compose.yml", "Yaml")]
    [InlineData(".github/workflows/ci.yml", "CiConfiguration")]
    [InlineData("nuget.config", "XmlConfig")]
    [InlineData("Dockerfile.worker", "Assignments")]
    [InlineData("api.Dockerfile", "Assignments")]
    [InlineData("scripts/run.ps1", "Assignments")]
    [InlineData(".env", "DotEnv")]
    [InlineData("web/.env.local", "DotEnv")]
    [InlineData(".env.example", "None")]
    [InlineData("web/dist/index.html", "Bundle")]
    [InlineData("src/Api/wwwroot/js/site.js", "Bundle")]
    [InlineData("web/src/main.ts", "None")]
    [InlineData("src/Api/Program.cs", "None")]
    [InlineData("deploy/tls/server.key", "Text")]
    [InlineData("certs/signing.pem", "Text")]
    [InlineData("ops/id_ed25519", "Text")]
    [InlineData("ops/.aws/credentials", "Assignments")]
    [InlineData("web/.npmrc", "Assignments")]
    public void FileKinds_FollowThePath(string path, string kind) => Assert.Equal(kind, RepositoryFileKinds.Classify(path).ToString());
}
