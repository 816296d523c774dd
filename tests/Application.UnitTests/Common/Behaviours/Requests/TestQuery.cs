using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed record TestQuery : IQuery<string>;
