using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.Infrastructure.Persistence.Identity;

/// <summary>
/// Data Protection's key storage in <c>identity.data_protection_keys</c>, shared by every replica. The interface is
/// synchronous: Data Protection reads the ring at start and when it expires (daily) and writes a key every 90 days,
/// never per request, so these few blocking statements cost nothing that matters.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return dbContext.DataProtectionKeys.AsNoTracking()
            .OrderBy(key => key.Id)
            .Select(key => key.Xml)
            .AsEnumerable()
            .Select(XElement.Parse)
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        dbContext.DataProtectionKeys.Add(DataProtectionKey.Of(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        dbContext.SaveChanges();
    }
}
