using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.UnitTests.Notifications.Newsletters;

/// <summary>The delivery store's contract over a list of rows, so engine tests can look at every row afterwards.</summary>
internal sealed class InMemoryDeliveryStore : INewsletterDeliveryStore
{
    private readonly object _gate = new();

    public InMemoryDeliveryStore(Guid newsletterId, int recipients, NewsletterState state = NewsletterState.Queued)
    {
        NewsletterId = newsletterId;
        State = state;
        Rows = Enumerable.Range(1, recipients)
            .Select(index => new Row { Id = index, UserId = Guid.NewGuid(), Email = $"reader{index}@example.com" })
            .ToList();
    }

    public Guid NewsletterId { get; }

    public NewsletterState State { get; set; }

    public List<Row> Rows { get; }

    public List<int> ClaimSizes { get; } = [];

    public int SentCount => Rows.Count(row => row.Status == DeliveryStatus.Sent);

    public int FailedCount => Rows.Count(row => row.Status == DeliveryStatus.Failed);

    public DateTimeOffset? LastReleaseBefore { get; private set; }

    public Task<NewsletterContent?> StartAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (newsletterId != NewsletterId)
        {
            return Task.FromResult<NewsletterContent?>(null);
        }

        if (State == NewsletterState.Queued)
        {
            State = NewsletterState.Running;
        }

        return Task.FromResult<NewsletterContent?>(new NewsletterContent(NewsletterId, "News", "<p>Hi</p>", "Hi", State));
    }

    public Task<int> ReleaseClaimsAsync(Guid newsletterId, DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            LastReleaseBefore = claimedAtOrBefore;
            var stale = Rows.Where(row => row.Status == DeliveryStatus.Sending && row.ClaimedAt <= claimedAtOrBefore).ToList();
            stale.ForEach(row => (row.Status, row.ClaimedBy, row.ClaimedAt) = (DeliveryStatus.Pending, null, null));
            return Task.FromResult(stale.Count);
        }
    }

    public Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(Guid newsletterId, Guid runId, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var claimed = Rows.Where(row => row.Status == DeliveryStatus.Pending).OrderBy(row => row.Id).Take(count).ToList();
            foreach (var row in claimed)
            {
                (row.Status, row.ClaimedBy, row.ClaimedAt) = (DeliveryStatus.Sending, runId, now);
                row.Attempts++;
            }

            ClaimSizes.Add(claimed.Count);
            return Task.FromResult<IReadOnlyList<ClaimedDelivery>>(
                claimed.Select(row => new ClaimedDelivery(row.Id, row.UserId, row.Email, row.Attempts)).ToList());
        }
    }

    public Task MarkSentAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var row = Rows.Single(candidate => candidate.Id == deliveryId);
            if (row.Status is DeliveryStatus.Sending or DeliveryStatus.Pending)
            {
                (row.Status, row.ClaimedBy, row.ClaimedAt) = (DeliveryStatus.Sent, null, null);
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long deliveryId, string error, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var row = Rows.Single(candidate => candidate.Id == deliveryId);
            if (row.Status is DeliveryStatus.Sending or DeliveryStatus.Pending)
            {
                (row.Status, row.ClaimedBy, row.ClaimedAt, row.LastError) = (DeliveryStatus.Failed, null, null, error);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseRunAsync(Guid newsletterId, Guid runId, string? error, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var row in Rows.Where(row => row.Status == DeliveryStatus.Sending && row.ClaimedBy == runId))
            {
                (row.Status, row.ClaimedBy, row.ClaimedAt) = (DeliveryStatus.Pending, null, null);
                row.LastError = error ?? row.LastError;
            }
        }

        return Task.CompletedTask;
    }

    public Task<NewsletterState?> TryFinishAsync(Guid newsletterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (State == NewsletterState.Running && Rows.All(row => row.Status is DeliveryStatus.Sent or DeliveryStatus.Failed))
            {
                State = FailedCount > 0 ? NewsletterState.Failed : NewsletterState.Succeeded;
            }

            return Task.FromResult<NewsletterState?>(State is NewsletterState.Succeeded or NewsletterState.Failed ? State : null);
        }
    }

    public sealed class Row
    {
        public long Id { get; init; }

        public Guid UserId { get; init; }

        public string Email { get; init; } = string.Empty;

        public DeliveryStatus Status { get; set; }

        public int Attempts { get; set; }

        public Guid? ClaimedBy { get; set; }

        public DateTimeOffset? ClaimedAt { get; set; }

        public string? LastError { get; set; }
    }
}
