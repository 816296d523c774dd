namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>
/// One key of ASP.NET Data Protection's key ring as the XML it writes, kept in PostgreSQL so that every replica
/// protects and unprotects with the same keys (see <see cref="DatabaseXmlRepository"/>).
/// </summary>
internal sealed class DataProtectionKey
{
    public int Id { get; private set; }

    /// <summary>The key's name as Data Protection gives it (<c>key-{guid}</c>).</summary>
    public string FriendlyName { get; private set; } = string.Empty;

    public string Xml { get; private set; } = string.Empty;

    public static DataProtectionKey Of(string friendlyName, string xml) => new() { FriendlyName = friendlyName, Xml = xml };
}
