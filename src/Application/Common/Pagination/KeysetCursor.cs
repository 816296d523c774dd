namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// The position after the last row of a page ordered newest first: the row's (time, id), and its search
/// rank when the list is ranked. The next page seeks strictly after it, so inserts never shift or repeat rows.
/// A <see cref="CursorList{TId}"/> turns it into the opaque text clients pass back.
/// </summary>
public readonly record struct KeysetCursor<TId>(DateTimeOffset Time, TId Id, float? Rank = null)
    where TId : struct;
