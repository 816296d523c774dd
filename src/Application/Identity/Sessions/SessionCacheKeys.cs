namespace CleanBackend.Application.Identity.Sessions;

public static class SessionCacheKeys
{
    /// <summary>The cached owner of a live session; the commands that end sessions evict it.</summary>
    public static string For(Guid sessionId) => "identity:session:" + sessionId.ToString("N");
}
