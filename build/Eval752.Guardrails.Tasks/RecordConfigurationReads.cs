using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Findings;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// After the compiler: copies the configuration variables the project reads (the assembly metadata the
/// guardrails' source generator wrote) into the project's read record under the repository's
/// <c>obj/eval752-reads/</c>, where the stale-variable check (EG0205) of every project finds it.
/// An assembly without that metadata (the generator off, another language) records nothing.
/// </summary>
public sealed class RecordConfigurationReads : GuardrailsTask
{
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    [Required]
    public string ProjectPath { get; set; } = string.Empty;

    [Required]
    public string RecordPath { get; set; } = string.Empty;

    private protected override IEnumerable<FileFinding> Run()
    {
        if (!File.Exists(AssemblyPath))
        {
            return [];
        }

        string? value;
        try
        {
            value = ReadMetadata(AssemblyPath);
        }
        catch (BadImageFormatException)
        {
            throw new GuardrailsTaskException(Detection.Rules.DiagnosticIds.TaskFailure, AssemblyPath, $"{Path.GetFileName(AssemblyPath)} is not a .NET assembly, so the configuration it reads could not be recorded for EG0205; rebuild the project (or set Eval752RecordConfigurationReads=false).");
        }

        if (value is null)
        {
            Log.LogMessage(MessageImportance.Low, $"{Path.GetFileName(AssemblyPath)} carries no configuration read record (the guardrails generator did not run); nothing recorded for EG0205.");
            return [];
        }

        var record = new ConfigurationReadRecord(Path.GetFullPath(ProjectPath), ConfigurationReadRecord.SplitMetadataValue(value));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(RecordPath))!);

        // Write beside and move: a parallel build of another project reading the folder never sees half a record.
        var temporary = RecordPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, record.Format());
        if (File.Exists(RecordPath))
        {
            File.Delete(RecordPath);
        }

        File.Move(temporary, RecordPath);
        return [];
    }

    /// <summary>The value of <c>[assembly: AssemblyMetadata(key, value)]</c> for the guardrails' key, read without loading the assembly.</summary>
    internal static string? ReadMetadata(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(reader, attribute))
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }

            if (blob.ReadSerializedString() == ConfigurationReadRecord.AssemblyMetadataKey)
            {
                return blob.ReadSerializedString() ?? string.Empty;
            }
        }

        return null;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        return parent.Kind == HandleKind.TypeReference
            && reader.GetTypeReference((TypeReferenceHandle)parent) is var type
            && reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute")
            && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }
}
