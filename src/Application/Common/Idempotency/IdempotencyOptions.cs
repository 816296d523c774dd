using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Common.Idempotency;

/// <summary>Section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>The longest key accepted (the IETF draft's keys are short strings, UUIDs in practice).</summary>
    public const int MaxKeyLength = 255;

    /// <summary>How long a result is replayed for its key (the draft standard suggests at least 24 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}
