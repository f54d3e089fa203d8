namespace LeakyService;

internal static class Smtp
{
    internal const string User = "alerts@eval752.invalid";

    // EG0003, playbook sections 3 and 5: a password stored under its name instead of read from configuration.
    internal const string Password = "Vb4-leaky-smtp-Q2";
}
