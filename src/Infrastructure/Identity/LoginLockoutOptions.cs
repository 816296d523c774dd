namespace CleanBackend.Infrastructure.Identity;

/// <summary>
/// The per-account lockout after failed logins: <see cref="FreeAttempts"/> consecutive failures are answered
/// 401, each one after that locks the address for <see cref="BaseDelay"/>, doubled per further failure, at most
/// <see cref="MaxDelay"/>. A success forgets the failures, and so does a quiet <see cref="ForgetAfter"/>.
/// </summary>
public sealed class LoginLockoutOptions
{
    public const string SectionName = "Identity:Lockout";

    public int FreeAttempts { get; set; } = 5;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);

    public bool IsValid => FreeAttempts >= 1 && BaseDelay > TimeSpan.Zero && MaxDelay >= BaseDelay && ForgetAfter > TimeSpan.Zero;
}
