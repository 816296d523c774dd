namespace CleanBackend.Application.Common.Pagination;

/// <summary>Every keyset-paged list, each with its own purpose: a cursor of one is refused by the others.</summary>
public static class CursorLists
{
    /// <summary>Articles (the list, a search and the feed); a search's cursors carry the rank they seek from.</summary>
    public static readonly CursorList<Guid> Articles = new("articles", ranked: true);

    public static readonly CursorList<long> Comments = new("comments");

    public static readonly CursorList<long> Audit = new("audit");

    /// <summary>The admin user listing.</summary>
    public static readonly CursorList<Guid> Users = new("users");

    /// <summary>The background job listing.</summary>
    public static readonly CursorList<Guid> Jobs = new("jobs");
}
