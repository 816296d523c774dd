using MediatR;

namespace CleanBackend.Application.UnitTests.Support;

public sealed class RecordingNotificationHandler<TNotification> : INotificationHandler<TNotification>
    where TNotification : INotification
{
    private readonly List<TNotification> _received = [];

    public IReadOnlyList<TNotification> Received => _received;

    public Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        _received.Add(notification);
        return Task.CompletedTask;
    }
}
