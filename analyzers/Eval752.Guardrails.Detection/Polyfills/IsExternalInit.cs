#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 consumers use init-only setters; net10.0 consumers get the BCL type.
internal static class IsExternalInit
{
}
#endif
