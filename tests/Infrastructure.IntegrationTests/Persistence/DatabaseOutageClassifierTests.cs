using System.Net;
using System.Net.Sockets;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

public class DatabaseOutageClassifierTests
{
    private readonly DatabaseOutageClassifier _classifier = new();

    [Test]
    public async Task IsTransientOutage_ConnectionRefused_ReturnsTrueAlsoWhenEfWrapsItAfterItsRetries()
    {
        var refused = await OpenAsync(ClosedPortConnectionString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.InstanceOf<NpgsqlException>(), "arrangement: Npgsql's failure to connect");
            Assert.That(_classifier.IsTransientOutage(refused!), Is.True);
            Assert.That(_classifier.IsTransientOutage(new RetryLimitExceededException("gave up", refused!)), Is.True);
            Assert.That(_classifier.IsTransientOutage(new InvalidOperationException("wrapped", refused)), Is.True);
        }
    }

    [Test]
    public async Task IsTransientOutage_AStatementThePostgresServerRefuses_ReturnsFalse()
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1/0", connection);

        var divisionByZero = Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());

        Assert.That(_classifier.IsTransientOutage(divisionByZero), Is.False);
    }

    [Test]
    public void IsTransientOutage_AnOrdinaryBug_ReturnsFalse()
    {
        Assert.That(_classifier.IsTransientOutage(new InvalidOperationException("a bug", new NullReferenceException())), Is.False);
    }

    private static string ClosedPortConnectionString()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Host = "127.0.0.1", Port = port, Timeout = 2, Pooling = false }.ConnectionString;
    }

    private static async Task<Exception?> OpenAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
