namespace CleanBackend.Application.Common.Models;

/// <summary>
/// Marks a string member that holds JSON text (a filter sent in the query string): the storable-text rule
/// then also applies to the keys and strings inside it, whose escapes only become characters once parsed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ContainsJsonAttribute : Attribute;
