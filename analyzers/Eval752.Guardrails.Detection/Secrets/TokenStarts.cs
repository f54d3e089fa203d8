#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Where tokens start in a block of text, sixteen characters per vector operation: a token character
/// (<see cref="TokenText.IsUrlSafe"/>) whose predecessor is not one. Every anchor starts a token, so the scanner
/// only looks at these positions, about one character in six in source code, instead of testing every pair.
/// Only in the net10.0 build (the CLI and the runtime); the netstandard2.0 copies keep the scalar loop.
/// </summary>
internal static class TokenStarts
{
    public const int BlockLength = 16;

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>Bit <c>j</c> is set when <c>text[block + j]</c> starts a token; needs <c>block + 16 ≤ text.Length</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint InBlock(string text, int block)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var chars = Vector256.LoadUnsafe(ref first, (nuint)block);

        // c | 0x20 folds A-Z onto a-z; the subtractions wrap, so one unsigned comparison tests each range.
        var letter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        var tokenCharacter = letter | digit | Vector256.Equals(chars, Vector256.Create((ushort)'-')) | Vector256.Equals(chars, Vector256.Create((ushort)'_'));
        var bits = tokenCharacter.ExtractMostSignificantBits();
        var previous = block > 0 && TokenText.IsUrlSafe(text[block - 1]) ? 1u : 0u;
        return bits & ~((bits << 1) | previous);
    }

    /// <summary>Bit <c>j</c> is set when <c>text[block + j]</c> is '~' (an Azure AD client secret's marker); needs <c>block + 16 ≤ text.Length</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint TildesInBlock(string text, int block)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        return Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)block), Vector256.Create((ushort)'~')).ExtractMostSignificantBits();
    }

    /// <summary>As <see cref="TildesInBlock"/> for any block, a short last one read one character at a time.</summary>
    public static uint Tildes(string text, int block)
    {
        if (block + BlockLength <= text.Length)
        {
            return TildesInBlock(text, block);
        }

        var bits = 0u;
        for (var i = block; i < text.Length; i++)
        {
            bits |= text[i] == '~' ? 1u << (i - block) : 0;
        }

        return bits;
    }

    /// <summary>
    /// Bit <c>j</c> is set when a '~' sits two to five characters after <c>block + j</c>, where an Azure AD client
    /// secret's <c>Q~</c> marker puts one (further when the secret begins with '.' or '~'), from this block's and the
    /// next block's <see cref="Tildes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MarkersNear(uint tildesHere, uint tildesNext)
    {
        var window = tildesHere | (tildesNext << 16);
        return ((window >> 2) | (window >> 3) | (window >> 4) | (window >> 5)) & 0xFFFF;
    }
}
#endif
