namespace CleanBackend.Application.UnitTests.Common.Pagination;

/// <summary>One paged list's validator, seen through the limit, offset and cursor that every paged list takes.</summary>
public sealed record PagedListValidation(
    string Name,
    Func<int?, int?, string?, Dictionary<string, string[]>> Validate,
    string ValidCursor,
    string OtherListsCursor)
{
    public override string ToString() => Name;
}
