using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Tests.Vault;

[Collection(PostgresFixture.Collection)]
public sealed class ProviderVaultTests(PostgresFixture fixture)
{
    // Secret-shaped values are assembled at run time: nothing key-like is committed.
    private static ProviderSecret NewSecret() => ProviderSecret.FromString("test-provider-key-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Create_Get_List_Reveal_RoundTrip_AndMetadataHasNoSecret()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var secret = NewSecret();

        var created = await bed.Vault.CreateAsync("openai-main", "openai", secret, "test");
        using var revealed = await bed.Vault.RevealAsync(created.Id);

        Assert.Equal(("openai-main", "openai", 1L, secret.Fingerprint, bed.Ring.Newest.Id), (created.Name, created.Kind, created.SecretVersion, created.Fingerprint, created.KeyId));
        Assert.Equal(secret.Reveal(), revealed.Reveal());
        Assert.Equal(created, await bed.Vault.GetAsync(created.Id));
        Assert.Equal([created], await bed.Vault.ListAsync());
        Assert.DoesNotContain(secret.Reveal(), created.ToString(), StringComparison.Ordinal);
        Assert.Null(await bed.Vault.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task DuplicateName_IsATypedConflict()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var first = NewSecret();
        using var second = NewSecret();
        await bed.Vault.CreateAsync("anthropic", "anthropic", first, "test");

        var error = await Assert.ThrowsAsync<DuplicateProviderNameException>(() => bed.Vault.CreateAsync("anthropic", "anthropic", second, "test"));
        Assert.DoesNotContain(second.Reveal(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_BumpsTheVersion_ReturnsBothFingerprints_AndAuditsWithoutValues()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var original = NewSecret();
        using var replacement = NewSecret();
        var created = await bed.Vault.CreateAsync("hf", "huggingface", original, "alice");

        var result = await bed.Vault.UpdateAsync(created.Id, new ProviderUpdate(replacement), expectedVersion: 1, "bob");

        Assert.Equal(UpdateOutcome.Updated, result.Outcome);
        Assert.Equal(2, result.Provider!.SecretVersion);
        Assert.Equal(original.Fingerprint, result.PreviousFingerprint);
        Assert.Equal(replacement.Fingerprint, result.Provider.Fingerprint);
        using var revealed = await bed.Vault.RevealAsync(created.Id);
        Assert.Equal(replacement.Reveal(), revealed.Reveal());

        await using var audit = bed.DataSource.CreateCommand("SELECT action, actor, coalesce(fingerprint, ''), coalesce(previous_fingerprint, ''), coalesce(detail, '') FROM eval752_vault.audit ORDER BY id");
        await using var reader = await audit.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, 5).Select(reader.GetString)));
        }

        Assert.Equal([$"create|alice|{original.Fingerprint}||", $"replace|bob|{replacement.Fingerprint}|{original.Fingerprint}|"], rows);
    }

    [Fact]
    public async Task StaleIfMatch_IsAVersionConflict_AndChangesNothing()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var original = NewSecret();
        using var replacement = NewSecret();
        var created = await bed.Vault.CreateAsync("groq", "groq", original, "test");

        var result = await bed.Vault.UpdateAsync(created.Id, new ProviderUpdate(replacement), expectedVersion: 7, "test");

        Assert.Equal((UpdateOutcome.VersionConflict, 1L), (result.Outcome, result.CurrentVersion));
        using var revealed = await bed.Vault.RevealAsync(created.Id);
        Assert.Equal(original.Reveal(), revealed.Reveal());
        Assert.Equal(UpdateOutcome.NotFound, (await bed.Vault.UpdateAsync(Guid.NewGuid(), new ProviderUpdate(replacement), null, "test")).Outcome);
    }

    [Fact]
    public async Task MetadataOnlyUpdate_KeepsTheSecretAndVersion()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var secret = NewSecret();
        var created = await bed.Vault.CreateAsync("old-name", "openai", secret, "test");

        var result = await bed.Vault.UpdateAsync(created.Id, new ProviderUpdate(Name: "new-name"), expectedVersion: 1, "test");

        Assert.Equal(("new-name", 1L, secret.Fingerprint), (result.Provider!.Name, result.Provider.SecretVersion, result.Provider.Fingerprint));
        using var revealed = await bed.Vault.RevealAsync(created.Id);
        Assert.Equal(secret.Reveal(), revealed.Reveal());
    }

    [Fact]
    public async Task Delete_HonoursTheVersion_AndThenTheRowIsGone()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var secret = NewSecret();
        var created = await bed.Vault.CreateAsync("to-delete", "openai", secret, "test");

        Assert.Equal(DeleteOutcome.VersionConflict, await bed.Vault.DeleteAsync(created.Id, 2, "test"));
        Assert.Equal(DeleteOutcome.Deleted, await bed.Vault.DeleteAsync(created.Id, 1, "test"));
        Assert.Equal(DeleteOutcome.NotFound, await bed.Vault.DeleteAsync(created.Id, null, "test"));
        await Assert.ThrowsAsync<ProviderNotFoundException>(() => bed.Vault.RevealAsync(created.Id));
    }

    [Fact]
    public async Task CiphertextMovedToAnotherRow_OrReplayedFromAnOlderVersion_DoesNotDecrypt()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var a = NewSecret();
        using var b = NewSecret();
        using var c = NewSecret();
        var first = await bed.Vault.CreateAsync("first", "openai", a, "test");
        var second = await bed.Vault.CreateAsync("second", "openai", b, "test");
        var oldCiphertext = await CiphertextAsync(bed, first.Id);
        await bed.Vault.UpdateAsync(first.Id, new ProviderUpdate(c), 1, "test");

        await SetCiphertextAsync(bed, second.Id, await CiphertextAsync(bed, first.Id));
        var moved = await Assert.ThrowsAsync<EnvelopeException>(() => bed.Vault.RevealAsync(second.Id));
        Assert.Equal(EnvelopeFailure.CommitmentMismatch, moved.Failure);

        await SetCiphertextAsync(bed, first.Id, oldCiphertext);
        var replayed = await Assert.ThrowsAsync<EnvelopeException>(() => bed.Vault.RevealAsync(first.Id));
        Assert.Equal(EnvelopeFailure.CommitmentMismatch, replayed.Failure);
    }

    [Fact]
    public async Task Migrations_AreIdempotent()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));

        Assert.Equal(0, await Storage.VaultMigrator.MigrateAsync(bed.DataSource));
        Assert.Equal(1L, await bed.ScalarAsync<long>("SELECT count(*) FROM eval752_vault.schema_migrations"));
    }

    [Fact]
    public async Task ServiceWithoutTheActiveKey_RefusesToEncrypt_ButStillDecryptsWhatItHolds()
    {
        var shared = TestKeys.NewHex();
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(shared));
        using var secret = NewSecret();
        var created = await bed.Vault.CreateAsync("shared", "openai", secret, "test");
        await using var lagging = bed.AsInstance(TestKeys.Ring(TestKeys.NewHex()));

        var error = await Assert.ThrowsAsync<ActiveKeyUnavailableException>(() => lagging.Vault.CreateAsync("other", "openai", secret, "test"));
        Assert.Equal(bed.Ring.Newest.Id, error.ActiveKeyId);
        await Assert.ThrowsAsync<EnvelopeException>(() => lagging.Vault.RevealAsync(created.Id));
    }

    private static async Task<byte[]> CiphertextAsync(VaultTestBed bed, Guid id)
    {
        await using var command = bed.DataSource.CreateCommand("SELECT ciphertext FROM eval752_vault.providers WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private static async Task SetCiphertextAsync(VaultTestBed bed, Guid id, byte[] ciphertext)
    {
        await using var command = bed.DataSource.CreateCommand("UPDATE eval752_vault.providers SET ciphertext = $2 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = ciphertext });
        await command.ExecuteNonQueryAsync();
    }
}
