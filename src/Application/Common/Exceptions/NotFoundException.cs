namespace CleanBackend.Application.Common.Exceptions;

public sealed class NotFoundException(string resource) : RequestFailedException($"The {resource} was not found.")
{
    public string Resource { get; } = resource;
}
