using System.Text.Json;

namespace CleanBackend.TestSupport.Mail;

/// <summary>
/// Reads what an SMTP sink (scripts/smtp_sink.py) stored in its directory. Each recipient has a folder of its own,
/// so a test that sends to addresses nobody else uses sees only its own messages, whatever runs beside it.
/// </summary>
public sealed class MailSink(string directory)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The shared sink of scripts/services.sh.</summary>
    public static MailSink Shared { get; } = new(TestServers.MailDirectory);

    public string Directory { get; } = directory;

    /// <summary>A recipient address nobody else uses, e.g. <c>welcome-3f2a…@example.test</c>; with prefix "rejected" the sink refuses it with 550, with "deferred" with 451.</summary>
    public static string UniqueAddress(string prefix = "mail") => $"{prefix}-{Guid.NewGuid():N}@example.test";

    /// <summary>Every message received for <paramref name="recipient"/> so far, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesToAsync(string recipient)
    {
        var folder = Path.Combine(Directory, FolderName(recipient));
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }

        var messages = new List<ReceivedMail>();
        foreach (var path in System.IO.Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var mail = await JsonSerializer.DeserializeAsync<ReceivedMail>(stream, Json)
                ?? throw new InvalidOperationException($"{path} holds no message.");
            mail.EmlPath = Path.ChangeExtension(path, ".eml");
            messages.Add(mail);
        }

        return messages;
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages reached <paramref name="recipient"/> and returns them all;
    /// fails with the number that did arrive. The deadline only bounds a failing run.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string recipient, int count = 1, TimeSpan? deadline = null)
    {
        IReadOnlyList<ReceivedMail> messages = [];
        var arrived = await Polling.UntilAsync(
            async () => (messages = await MessagesToAsync(recipient)).Count >= count,
            deadline ?? TimeSpan.FromSeconds(30));
        if (!arrived)
        {
            throw new TimeoutException($"{messages.Count} of {count} expected message(s) reached {recipient} in {Directory}.");
        }

        return messages;
    }

    /// <summary>The folder name the sink uses for an address (kept in step with _folder_name in smtp_sink.py).</summary>
    private static string FolderName(string address)
    {
        var chars = address.ToLowerInvariant()
            .Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '@' or '.' or '_' or '+' or '-' ? c : '_')
            .Take(200)
            .ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
