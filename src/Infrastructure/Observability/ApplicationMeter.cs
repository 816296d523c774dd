namespace CleanBackend.Infrastructure.Observability;

/// <summary>The name of the meter every CleanBackend instrument belongs to (created through IMeterFactory).</summary>
public static class ApplicationMeter
{
    public const string Name = "CleanBackend";
}
