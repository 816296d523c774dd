using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Notifications.Abstractions;
using MediatR;

namespace CleanBackend.Application.Notifications.Jobs.Queries.GetJob;

public sealed class GetJobQueryHandler(IJobReadService jobs) : IRequestHandler<GetJobQuery, JobDto>
{
    public async Task<JobDto> Handle(GetJobQuery request, CancellationToken cancellationToken) =>
        await jobs.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("job");
}
