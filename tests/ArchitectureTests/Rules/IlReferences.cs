using System.Reflection;
using System.Reflection.Emit;

namespace CleanBackend.ArchitectureTests.Rules;

/// <summary>
/// Reads a method body's IL just far enough to find the members and types it refers to: a
/// signature check alone misses <c>new Something()</c> or a static call inside a method.
/// </summary>
public static class IlReferences
{
    private const byte TwoByteOpCodePrefix = 0xFE;

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(opCode => unchecked((ushort)opCode.Value));

    /// <summary>Every field, method, constructor and type token in the body of <paramref name="method"/>, resolved.</summary>
    public static IEnumerable<MemberInfo> ReferencedMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        // Tokens inside generic code refer to the type's and method's own type parameters.
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaringType ? declaringType.GetGenericArguments() : null;
        var methodArguments = method is { IsGenericMethod: true } ? method.GetGenericArguments() : null;

        var position = 0;
        while (position < il.Length)
        {
            var opCode = ReadOpCode(il, ref position);
            switch (opCode.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    position += 4;
                    yield return method.Module.ResolveMember(token, typeArguments, methodArguments)
                        ?? throw new InvalidOperationException($"Token 0x{token:X8} in {method.DeclaringType}.{method.Name} did not resolve.");
                    break;
                case OperandType.InlineSwitch:
                    var targets = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * targets);
                    break;
                default:
                    position += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static OpCode ReadOpCode(byte[] il, ref int position)
    {
        ushort value = il[position++];
        if (value == TwoByteOpCodePrefix)
        {
            value = (ushort)((TwoByteOpCodePrefix << 8) | il[position++]);
        }

        return OpCodesByValue.TryGetValue(value, out var opCode)
            ? opCode
            : throw new InvalidOperationException($"Unknown IL opcode 0x{value:X} at offset {position}.");
    }

    private static int OperandSize(OperandType operandType) => operandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR => 4,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => throw new InvalidOperationException($"No operand size known for {operandType}."),
    };
}
