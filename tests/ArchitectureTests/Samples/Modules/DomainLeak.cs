using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.Social.Broken;

/// <summary>Broken on purpose: a Social entity holding Identity's aggregate instead of an id.</summary>
internal sealed class DomainLeak
{
    public User? Author { get; set; }
}
