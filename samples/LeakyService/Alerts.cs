namespace LeakyService;

// EG0103, playbook section 6: a record's synthesized ToString prints every property, the token included.
internal sealed record AlertChannel(string Name, string WebhookToken);
