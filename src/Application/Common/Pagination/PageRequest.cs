namespace CleanBackend.Application.Common.Pagination;

/// <summary>One page: <paramref name="After"/> seeks past a cursor; without it, <paramref name="Offset"/> skips rows.</summary>
public sealed record PageRequest<TId>(int Limit, int Offset, KeysetCursor<TId>? After)
    where TId : struct;
