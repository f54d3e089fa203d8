namespace Eval752.Guardrails.Runtime.Storage;

/// <summary>The vault's schema history, oldest first.</summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "providers, audit, instances, state", $"""
            CREATE TABLE {VaultSchema.Providers} (
                id uuid PRIMARY KEY,
                name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
                kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
                ciphertext bytea NOT NULL,
                key_id integer NOT NULL,
                secret_version bigint NOT NULL CHECK (secret_version > 0),
                fingerprint text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX providers_key_id ON {VaultSchema.Providers} (key_id);

            CREATE TABLE {VaultSchema.Audit} (
                id bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                action text NOT NULL CHECK (action IN ('create', 'replace', 'update', 'delete', 'rewrap', 'promote', 'retire')),
                actor text NOT NULL,
                provider_id uuid,
                provider_ids uuid[],
                key_id integer,
                previous_key_id integer,
                fingerprint text,
                previous_fingerprint text,
                detail text
            );
            CREATE INDEX audit_provider ON {VaultSchema.Audit} (provider_id);

            CREATE TABLE {VaultSchema.Instances} (
                instance_id text PRIMARY KEY,
                service text NOT NULL,
                decrypt_key_ids integer[] NOT NULL,
                active_key_id integer,
                last_seen timestamptz NOT NULL
            );

            CREATE TABLE {VaultSchema.State} (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                active_key_id integer NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now()
            );

            CREATE TABLE {VaultSchema.RetiredKeys} (
                key_id integer PRIMARY KEY,
                retired_at timestamptz NOT NULL DEFAULT now()
            );
            """),
    ];
}
