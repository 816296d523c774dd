namespace CleanBackend.TestSupport;

/// <summary>
/// Bounded polling for "eventually" properties (an invalidation crossing replicas, a reconnect): the
/// test asserts the state reached, never how long it took; the deadline only bounds a failing run.
/// </summary>
public static class Polling
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Evaluates <paramref name="condition"/> until it holds or <paramref name="deadline"/> has passed; returns whether it held.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var giveUpAt = DateTime.UtcNow + deadline;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow >= giveUpAt)
            {
                return false;
            }

            await Task.Delay(Interval);
        }
    }

    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan deadline) => UntilAsync(() => Task.FromResult(condition()), deadline);
}
