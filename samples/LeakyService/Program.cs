using System.Security.Cryptography;
using System.Text;
using LeakyService;

// EG0004, playbook section 2 (Provider Secrets Lifecycle): the master key is written into the source, so every clone and binary carries it.
var key = Encoding.UTF8.GetBytes("leaky-sample-key-not-for-use-32b");
using var aes = new AesGcm(key, tagSizeInBytes: 16);

var nonce = new byte[12];
RandomNumberGenerator.Fill(nonce);
var plaintext = Encoding.UTF8.GetBytes("provider api key goes here");
var ciphertext = new byte[plaintext.Length];
var tag = new byte[16];
aes.Encrypt(nonce, plaintext, ciphertext, tag);
Console.WriteLine($"Encrypted {plaintext.Length} bytes.");
Console.WriteLine($"Calling the provider with a {ProviderKeys.OpenAi.Length}-character key.");
Console.WriteLine($"Connecting with a {Database.ConnectionString.Length}-character connection string.");
Console.WriteLine($"Mailing alerts as {Smtp.User} ({Smtp.Password.Length}-character password).");

// EG0201 and EG0202, playbook section 3: a variable the code reads that neither .env.example nor configuration.md lists.
var webhook = Environment.GetEnvironmentVariable("ALERT_WEBHOOK_URL");
Console.WriteLine($"Alerts go to {(webhook is null ? "nowhere" : "the webhook")}.");

// EG0101, playbook section 6: the relay password read from the environment is written to the console.
var relayPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD");
Console.WriteLine($"Relay password: {relayPassword}");

// EG0102, playbook section 6: the same password is put into an exception message.
if (relayPassword is { Length: < 12 })
{
    throw new InvalidOperationException($"SMTP_PASSWORD '{relayPassword}' is too short.");
}

// EG0104, playbook section 6: the whole channel record is logged, and its synthesized ToString prints the token.
Console.WriteLine($"Alert channel: {new AlertChannel("ops", webhook ?? "")}");
