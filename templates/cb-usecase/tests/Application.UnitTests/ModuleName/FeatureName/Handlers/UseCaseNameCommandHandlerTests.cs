using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.ModuleName.FeatureName.Commands.UseCaseName;
using CleanBackend.Application.UnitTests.Support;
using MediatR;

namespace CleanBackend.Application.UnitTests.ModuleName.FeatureName.Handlers;

public class UseCaseNameCommandHandlerTests
{
    [Test]
    public async Task Handle_SignedInCaller_Completes()
    {
        var handler = new UseCaseNameCommandHandler(TestCallers.SignedIn(Guid.NewGuid()).Object);

        var result = await handler.Handle(new UseCaseNameCommand("value"), CancellationToken.None);

        Assert.That(result, Is.EqualTo(Unit.Value));
    }

    [Test]
    public void Handle_AnonymousCaller_IsRefused()
    {
        var handler = new UseCaseNameCommandHandler(TestCallers.Anonymous().Object);

        Assert.That(() => handler.Handle(new UseCaseNameCommand("value"), CancellationToken.None), Throws.InstanceOf<UnauthorizedException>());
    }
}
