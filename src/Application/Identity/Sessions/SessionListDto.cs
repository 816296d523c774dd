namespace CleanBackend.Application.Identity.Sessions;

/// <summary><c>{"sessions":[…]}</c>: a user has a handful of sessions, so the list is not paged.</summary>
public sealed record SessionListDto(IReadOnlyList<SessionDto> Sessions);
