using System.Globalization;
using System.Text;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Benchmarks.Scanning;

/// <summary>
/// A generated monorepo of service folders, each with the repository files a .NET service team keeps
/// (appsettings, launchSettings, Kubernetes and compose YAML, Dockerfile, shell and PowerShell scripts, web.config,
/// an env template, a built frontend bundle, C# and Markdown), filled with realistic text and the look-alikes that
/// make secret scanners noisy (placeholders, references, hashes, GUIDs, commit SHAs, loopback defaults, the AWS
/// documentation key, base64 images). One secret is planted per <see cref="PlantEvery"/> services, cycling through
/// provider shapes, credentials and secret-named values in every file kind; <see cref="Plants"/> records where.
/// The text is seeded (the same tree every run); planted provider keys are random per run.
/// </summary>
internal sealed class RepositoryTree
{
    public const int PlantEvery = 8;

    private readonly Random random = new(752);
    private readonly string root;
    private int plantIndex;

    private RepositoryTree(string root) => this.root = root;

    public List<Plant> Plants { get; } = [];

    public long Bytes { get; private set; }

    public int Files { get; private set; }

    public static RepositoryTree Generate(string root, long targetBytes)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var tree = new RepositoryTree(root);
        for (var service = 0; tree.Bytes < targetBytes; service++)
        {
            tree.WriteService(service);
        }

        return tree;
    }

    /// <summary>Writes the planted set and the tree's size beside the tree, so a later run can reuse both.</summary>
    public void Save(string manifest) =>
        File.WriteAllText(manifest, System.Text.Json.JsonSerializer.Serialize(new Manifest(Bytes, Files, Plants)));

    public static RepositoryTree Load(string root, string manifest)
    {
        var saved = System.Text.Json.JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifest))!;
        var tree = new RepositoryTree(root) { Bytes = saved.Bytes, Files = saved.Files };
        tree.Plants.AddRange(saved.Plants);
        return tree;
    }

    private void WriteService(int service)
    {
        var name = $"services/svc{service:D4}";
        var files = new Dictionary<string, List<string>>
        {
            [$"{name}/appsettings.json"] = AppSettings(),
            [$"{name}/appsettings.Production.json"] = AppSettings(),
            [$"{name}/Properties/launchSettings.json"] = LaunchSettings(),
            [$"{name}/deploy/deployment.yaml"] = KubernetesManifest(service),
            [$"{name}/compose.yml"] = Compose(),
            [$"{name}/Dockerfile"] = Dockerfile(),
            [$"{name}/scripts/deploy.sh"] = ShellScript(),
            [$"{name}/scripts/setup.ps1"] = PowerShellScript(),
            [$"{name}/web.config"] = WebConfig(),
            [$"{name}/.env.template"] = EnvTemplate(),
            [$"{name}/wwwroot/js/app.min.js"] = Bundle(),
            [$"{name}/src/Worker.cs"] = CSharp(service),
            [$"{name}/README.md"] = Markdown(service),
        };

        if (service % PlantEvery == 0)
        {
            PlantSecret(name, files);
        }

        foreach (var (relative, lines) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = string.Join('\n', lines) + "\n";
            File.WriteAllText(path, text);
            Bytes += Encoding.UTF8.GetByteCount(text);
            Files++;
        }
    }

    /// <summary>Inserts the next planted secret into one of the service's files, on its own line(s), and records where.</summary>
    private void PlantSecret(string service, Dictionary<string, List<string>> files)
    {
        var shapes = SecretShapes.All.Concat(SecretShapes.Credentials).ToList();
        var named = NamedPlants();
        var index = plantIndex++;
        string file;
        string line;
        string kind;
        if (index % 3 == 2)
        {
            (kind, file, line) = named[(index / 3) % named.Count];
        }
        else
        {
            var (shapeKind, make) = shapes[(index - index / 3) % shapes.Count];
            kind = shapeKind;
            var value = make();
            (file, line) = (index % 4) switch
            {
                0 => ("deploy/deployment.yaml", $"            - name: PLANTED_{index}\n              value: \"{value.Replace("\n", "\\n")}\""),
                1 => ("scripts/deploy.sh", $"export PLANTED_{index}='{value}'"),
                2 => (".env.template", $"PLANTED_{index}=\"{value.Replace("\n", "\\n")}\""),
                _ => ("appsettings.Production.json", $"  \"Planted{index}\": \"{value.Replace("\n", "\\n")}\","),
            };
        }

        var path = $"{service}/{file}";
        var lines = files[path];
        // JSON: right after the opening brace (the trailing comma keeps it JSON); YAML: first in its list, so no
        // name/value pair is split; elsewhere the middle of the file.
        var at = file.EndsWith(".json", StringComparison.Ordinal) ? 1
            : file == "deploy/deployment.yaml" ? lines.IndexOf("          env:") + 1
            : file == "compose.yml" ? lines.IndexOf("    environment:") + 1
            : Math.Max(1, lines.Count / 2);

        lines.Insert(at, line);
        Plants.Add(new Plant(kind, path, at + 1, at + line.Split('\n').Length));
    }

    /// <summary>Secret-named values as each file kind writes them (made-up values with a secret's character mix).</summary>
    private List<(string Kind, string File, string Line)> NamedPlants()
    {
        var value = $"{Word()}-{Word().ToUpperInvariant()}-{random.Next(1000, 9999)}x";
        return
        [
            ("generic", "appsettings.json", $"  \"Smtp\": {{ \"Password\": \"{value}\" }},"),
            ("generic", "deploy/deployment.yaml", $"            - name: DB_PASSWORD\n              value: \"{value}\""),
            ("generic", "compose.yml", $"      REDIS_PASSWORD: {value}"),
            ("generic", "Dockerfile", $"ENV API_TOKEN={value}"),
            ("generic", "scripts/deploy.sh", $"export CLIENT_SECRET=\"{value}\""),
            ("generic", "scripts/setup.ps1", $"$env:SERVICE_TOKEN = '{value}'"),
            ("generic", "web.config", $"    <add key=\"SmtpPassword\" value=\"{value}\" />"),
            ("generic", ".env.template", $"STRIPE_WEBHOOK_SECRET={value}"),
        ];
    }

    private List<string> AppSettings()
    {
        var lines = new List<string>
        {
            "{",
            "  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\", \"Microsoft.AspNetCore\": \"Warning\" } },",
            "  \"AllowedHosts\": \"*\",",
            "  \"Providers\": {",
            "    \"OpenAI\": { \"ApiKey\": \"${OPENAI_API_KEY}\", \"BaseUrl\": \"https://api.openai.com/v1\", \"MaxTokens\": 4096 },",
            "    \"Anthropic\": { \"ApiKey\": \"<your-anthropic-key>\", \"ApiKeyHeader\": \"x-api-key\" }",
            "  },",
            "  \"ConnectionStrings\": { \"Vault\": \"Host=localhost;Database=eval752;Username=postgres;Password=postgres\" },",
            $"  \"Build\": {{ \"Commit\": \"{Hex(40)}\", \"ContentHash\": \"sha256:{Hex(64)}\", \"InstanceId\": \"{Guid.NewGuid()}\" }},",
        };
        for (var i = 0; i < 30 + random.Next(40); i++)
        {
            lines.Add($"  \"{Pascal()}{Pascal()}\": {{ \"Enabled\": {(random.Next(2) == 0 ? "true" : "false")}, \"TimeoutSeconds\": {random.Next(1, 300)}, \"Endpoint\": \"https://{Word()}.internal.example/{Word()}\", \"Description\": \"{Sentence()}\" }},");
        }

        lines.Add("  \"Jwt\": { \"Issuer\": \"eval752\", \"Audience\": \"api\", \"SigningKey\": \"\" }");
        lines.Add("}");
        return lines;
    }

    private List<string> LaunchSettings() =>
    [
        "{",
        "  \"profiles\": {",
        "    \"http\": {",
        "      \"commandName\": \"Project\",",
        $"      \"applicationUrl\": \"http://localhost:{random.Next(5000, 6000)}\",",
        "      \"environmentVariables\": { \"ASPNETCORE_ENVIRONMENT\": \"Development\", \"OPENAI_API_KEY\": \"\", \"ENCRYPTION_KEY\": \"0000000000000000000000000000000000000000000000000000000000000000\" }",
        "    }",
        "  }",
        "}",
    ];

    private List<string> KubernetesManifest(int service)
    {
        var lines = new List<string>
        {
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            $"  name: svc{service}",
            $"  labels: {{ app: svc{service}, tier: backend }}",
            "spec:",
            $"  replicas: {random.Next(1, 6)}",
            "  template:",
            "    spec:",
            "      containers:",
            $"        - name: svc{service}",
            $"          image: registry.internal.example/svc{service}@sha256:{Hex(64)}",
            "          env:",
        };
        for (var i = 0; i < 25 + random.Next(25); i++)
        {
            lines.Add($"            - name: {Upper()}_{Upper()}");
            lines.Add($"              value: \"{Word()}-{random.Next(100)}\"");
        }

        lines.Add("            - name: OPENAI_API_KEY");
        lines.Add("              valueFrom: { secretKeyRef: { name: providers, key: openai } }");
        lines.Add("            - name: DB_PASSWORD_FILE");
        lines.Add("              value: /run/secrets/db_password");
        return lines;
    }

    private List<string> Compose()
    {
        var lines = new List<string> { "services:", "  api:", "    build: .", "    environment:" };
        for (var i = 0; i < 20 + random.Next(20); i++)
        {
            lines.Add($"      {Upper()}_{Upper()}: {Word()}");
        }

        lines.AddRange(["      OPENAI_API_KEY: ${OPENAI_API_KEY}", "      POSTGRES_PASSWORD: postgres", "  db:", "    image: postgres:15", "    environment:", "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}"]);
        return lines;
    }

    private List<string> Dockerfile() =>
    [
        "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build",
        "WORKDIR /src",
        "COPY . .",
        "ARG NUGET_TOKEN",
        "RUN dotnet publish -c Release -o /app",
        "FROM mcr.microsoft.com/dotnet/aspnet:10.0",
        $"ENV ASPNETCORE_URLS=http://+:8080 BUILD_COMMIT={Hex(40)}",
        "RUN useradd --uid 10001 eval752",
        "COPY --from=build /app /app",
        "USER eval752",
        "ENTRYPOINT [\"dotnet\", \"/app/Service.dll\"]",
    ];

    private List<string> ShellScript()
    {
        var lines = new List<string> { "#!/usr/bin/env bash", "set -euo pipefail", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "export OPENAI_API_KEY=\"${OPENAI_API_KEY:?missing}\"" };
        for (var i = 0; i < 40 + random.Next(40); i++)
        {
            lines.Add(random.Next(3) switch
            {
                0 => $"echo \"{Sentence()}\"",
                1 => $"{Lower()}_{Lower()}=\"{Word()}-{random.Next(1000)}\"",
                _ => $"curl -fsS https://{Word()}.internal.example/{Word()} -H \"X-Request-Id: {Guid.NewGuid()}\"",
            });
        }

        return lines;
    }

    private List<string> PowerShellScript()
    {
        var lines = new List<string> { "param([string]$Environment = 'staging')", "$ErrorActionPreference = 'Stop'", "$env:OPENAI_API_KEY = $env:VAULT_OPENAI" };
        for (var i = 0; i < 30 + random.Next(30); i++)
        {
            lines.Add(random.Next(2) == 0 ? $"Write-Host \"{Sentence()}\"" : $"${Pascal()} = '{Word()}-{random.Next(1000)}'");
        }

        return lines;
    }

    private List<string> WebConfig()
    {
        var lines = new List<string> { "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <appSettings>", "    <add key=\"SmtpPassword\" value=\"%SMTP_PASSWORD%\" />" };
        for (var i = 0; i < 30 + random.Next(30); i++)
        {
            lines.Add($"    <add key=\"{Pascal()}{Pascal()}\" value=\"{Word()}\" />");
        }

        lines.AddRange(["  </appSettings>", "  <connectionStrings>", "    <add name=\"Local\" connectionString=\"Server=localhost;Database=app;User Id=sa;Password=changeme\" />", "  </connectionStrings>", "</configuration>"]);
        return lines;
    }

    private List<string> EnvTemplate()
    {
        var lines = new List<string> { "# copy to .env and fill in", "OPENAI_API_KEY=", "ANTHROPIC_API_KEY=<your-key>", "ENCRYPTION_KEY=0000000000000000000000000000000000000000000000000000000000000000", "DB_PASSWORD=changeme" };
        for (var i = 0; i < 15 + random.Next(15); i++)
        {
            lines.Add($"{Upper()}_{Upper()}={Word()}");
        }

        return lines;
    }

    /// <summary>About 60 KB of minified JavaScript: long lines, secret-looking property names, a base64 image.</summary>
    private List<string> Bundle()
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < 1600; i++)
        {
            line.Append(random.Next(6) switch
            {
                0 => $"var {Lower()}{i}=function(e,t){{return e.{Lower()}(t,\"{Word()}\")}};",
                1 => $"{Lower()}.password=\"\",{Lower()}.token=n.token||null;",
                2 => $"const {Lower()}{{apiKey:process.env.VITE_API_BASE,headers:{{\"x-api-key\":e}}}};",
                3 => $"e.exports={{id:\"{Guid.NewGuid()}\",hash:\"{Hex(32)}\"}};",
                4 => $"t.img=\"data:image/png;base64,{Base64(60)}\";",
                _ => $"if(!{Lower()}.startsWith(\"sk-\"))throw new Error(\"{Sentence()}\");",
            });
            if (line.Length > 4000)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    private List<string> CSharp(int service)
    {
        var lines = new List<string> { "namespace Services;", "", $"public sealed class Worker{service}(ILogger<Worker{service}> logger)", "{" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"    public Task {Pascal()}{i}Async() {{ logger.LogInformation(\"{Sentence()}\"); return Task.CompletedTask; }}");
        }

        lines.Add("}");
        return lines;
    }

    private List<string> Markdown(int service)
    {
        var lines = new List<string> { $"# Service {service}", "", "Set `OPENAI_API_KEY` in `.env` (never commit it)." };
        for (var i = 0; i < 20; i++)
        {
            lines.Add(Sentence());
        }

        return lines;
    }

    private static readonly string[] Words = ["order", "invoice", "provider", "queue", "metrics", "billing", "catalog", "session", "report", "tenant", "export", "audit", "search", "cache", "gateway", "profile", "notify", "ledger"];

    private string Word() => Words[random.Next(Words.Length)];

    private string Lower() => Word()[..Math.Min(3, Word().Length)] + (char)('a' + random.Next(26));

    private string Upper() => Word().ToUpperInvariant();

    private string Pascal() => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Word());

    private string Sentence() => string.Join(' ', Enumerable.Range(0, 6 + random.Next(8)).Select(_ => Word())) + ".";

    private string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[random.Next(16)]));

    private string Base64(int bytes)
    {
        var buffer = new byte[bytes];
        random.NextBytes(buffer);
        return Convert.ToBase64String(buffer);
    }

    /// <summary>A planted secret: its kind and the 1-based line range it occupies in the repository-relative file.</summary>
    internal sealed record Plant(string Kind, string Path, int FirstLine, int LastLine);

    private sealed record Manifest(long Bytes, int Files, List<Plant> Plants);
}
