using System.Text.Json.Serialization;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

/// <summary>A create-like command: its route value is not in the JSON body, as an article's slug is not.</summary>
[Idempotent]
public sealed record IdempotentTestCommand(string Title, [property: JsonIgnore] string Slug = "parent") : ICommand<IdempotentTestResult>;
