namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>How sure a finding is (DESIGN section 4).</summary>
internal enum SecretConfidence
{
    /// <summary>Generic names plus entropy.</summary>
    Low,

    /// <summary>Connection-string or URL credentials, key-material sinks.</summary>
    Medium,

    /// <summary>A provider shape validated structurally (markers, lengths, checksums, decodable headers).</summary>
    High,
}
