namespace CleanBackend.Application.Common.Pagination;

/// <summary>One page: <paramref name="After"/> seeks past a cursor; without it, <paramref name="Offset"/> skips rows.</summary>
public sealed record PageRequest<TCursor>(int Limit, int Offset, TCursor? After)
    where TCursor : struct;
