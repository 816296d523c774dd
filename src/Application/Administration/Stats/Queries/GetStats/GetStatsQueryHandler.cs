using CleanBackend.Application.Administration.Abstractions;
using MediatR;

namespace CleanBackend.Application.Administration.Stats.Queries.GetStats;

public sealed class GetStatsQueryHandler(IAdminStatsReader stats) : IRequestHandler<GetStatsQuery, AdminStatsDto>
{
    public Task<AdminStatsDto> Handle(GetStatsQuery request, CancellationToken cancellationToken) => stats.ReadAsync(cancellationToken);
}
