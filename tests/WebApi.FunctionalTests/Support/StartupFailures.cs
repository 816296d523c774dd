namespace CleanBackend.WebApi.FunctionalTests.Support;

public static class StartupFailures
{
    /// <summary>Every message in <paramref name="exception"/>: start-up failures may arrive wrapped (aggregate, hosting) exceptions, the reason somewhere inside.</summary>
    public static string MessagesOf(Exception? exception)
    {
        var messages = new List<string>();
        var pending = new Stack<Exception>();
        if (exception is not null)
        {
            pending.Push(exception);
        }

        while (pending.TryPop(out var current))
        {
            messages.Add(current.Message);
            var inner = current is AggregateException aggregate ? aggregate.InnerExceptions : [.. current.InnerException is null ? [] : new[] { current.InnerException }];
            foreach (var child in inner)
            {
                pending.Push(child);
            }
        }

        return string.Join(Environment.NewLine, messages);
    }
}
