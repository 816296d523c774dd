using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.ModuleName.FeatureName.Commands.UseCaseName;

/// <summary>What the use case changes, and who may run it.</summary>
[Authorize]
public sealed record UseCaseNameCommand(string? Value) : ICommand<Unit>;

/// <summary>
/// Runs inside the command's transaction (TransactionBehaviour); the validator has already refused bad input.
/// Command and handler share this file while the handler stays short (docs/decisions/0012).
/// </summary>
public sealed class UseCaseNameCommandHandler(ICurrentUser currentUser) : IRequestHandler<UseCaseNameCommand, Unit>
{
    public Task<Unit> Handle(UseCaseNameCommand request, CancellationToken cancellationToken)
    {
        currentUser.RequireUserId();
        return Task.FromResult(Unit.Value);
    }
}
