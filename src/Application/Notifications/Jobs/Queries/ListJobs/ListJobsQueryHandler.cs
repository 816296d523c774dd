using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Notifications.Abstractions;
using MediatR;

namespace CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;

public sealed class ListJobsQueryHandler(IJobReadService jobs) : IRequestHandler<ListJobsQuery, JobListDto>
{
    public Task<JobListDto> Handle(ListJobsQuery request, CancellationToken cancellationToken) =>
        jobs.ListAsync(PageLimits.Effective(request.Limit), request.After, cancellationToken);
}
