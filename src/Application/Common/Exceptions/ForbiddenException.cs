namespace CleanBackend.Application.Common.Exceptions;

/// <summary>The caller is authenticated but may not act on <see cref="Resource"/>; maps to 403.</summary>
public sealed class ForbiddenException(string resource) : RequestFailedException($"Access to the {resource} is forbidden.")
{
    public string Resource { get; } = resource;
}
