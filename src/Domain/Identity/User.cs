using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Domain.Identity;

public sealed class User : AggregateRoot
{
    private readonly List<UserRole> _roles = [];

    private User()
    {
    }

    public Guid Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public string NormalizedUsername { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string PasswordHash { get; private set; } = string.Empty;

    /// <summary>When the owner proved that <see cref="Email"/> is his (a verification or password-reset link); null until then and again after an e-mail change.</summary>
    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    public bool IsEmailVerified => EmailVerifiedAt is not null;

    public string? Bio { get; private set; }

    public string? Image { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Whether newsletters are sent to this user; on until the user opts out.</summary>
    public bool ReceivesNewsletter { get; private set; }

    /// <summary>Free-form JSON object kept by admins and integrations (stored as jsonb).</summary>
    public string Metadata { get; private set; } = "{}";

    /// <summary>
    /// Changes when the password changes, the account is deactivated or a role is taken away, so that
    /// access tokens issued before are refused at once. Granting a role leaves it alone: the new role
    /// reaches the user's tokens on the next refresh, and nobody is signed out for gaining a right.
    /// </summary>
    public Guid SecurityStamp { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<UserRole> Roles => _roles;

    public IReadOnlyList<string> RoleNames => Role.NamesOf(_roles.Select(userRole => userRole.RoleId));

    public static User Register(string username, string email, string passwordHash, DateTimeOffset now)
    {
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            IsActive = true,
            ReceivesNewsletter = true,
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.SetUsername(username);
        user.SetEmail(email);
        user.SetPasswordHash(passwordHash);
        user._roles.Add(new UserRole(user.Id, Role.User.Id));
        user.Raise(new UserRegistered(user.Id, user.Username, user.Email, now));
        return user;
    }

    public void ChangeUsername(string username, DateTimeOffset now)
    {
        var previous = Username;
        SetUsername(username);
        UpdatedAt = now;
        ProfileChanged(previous, now);
    }

    /// <summary>
    /// Returns whether the account now has another mailbox: then the address is unverified again and the old one
    /// is told. Changing only its case or the spaces around it is the same mailbox and keeps the verification.
    /// </summary>
    public bool ChangeEmail(string email, DateTimeOffset now)
    {
        var previousEmail = Email;
        var previousNormalizedEmail = NormalizedEmail;
        SetEmail(email);
        UpdatedAt = now;
        if (NormalizedEmail == previousNormalizedEmail)
        {
            return false;
        }

        EmailVerifiedAt = null;
        Raise(new EmailChanged(Id, Username, previousEmail, Email, now));
        return true;
    }

    /// <summary>
    /// A token proving the current address, mailed by the event raised here. During registration the pending
    /// <see cref="UserRegistered"/> carries it instead, so the welcome mail holds the link.
    /// </summary>
    public AccountToken IssueEmailVerificationToken(string token, string tokenHash, TimeSpan lifetime, DateTimeOffset now)
    {
        var issued = AccountToken.Issue(this, AccountTokenPurpose.EmailVerification, tokenHash, lifetime, now);
        var mailed = new MailedToken(token, issued.ExpiresAt);
        if (DomainEvents.OfType<UserRegistered>().Any())
        {
            RaiseOrReplace<UserRegistered>(registered => registered! with { EmailVerification = mailed });
        }
        else
        {
            Raise(new EmailVerificationRequested(Id, Username, Email, mailed, now));
        }

        return issued;
    }

    /// <summary>Follows a verification link; <paramref name="token"/> has been checked with <see cref="AccountToken.ProblemWithRedeeming"/>.</summary>
    public void VerifyEmail(AccountToken token, DateTimeOffset now)
    {
        token.Redeem(now);
        EmailVerifiedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>For accounts whose address an operator vouches for (the seeded administrator and demo users).</summary>
    public void MarkEmailVerified(DateTimeOffset now) => EmailVerifiedAt ??= now;

    /// <summary>A token that lets whoever reads the mail set a new password, mailed by the event raised here.</summary>
    public AccountToken IssuePasswordResetToken(string token, string tokenHash, TimeSpan lifetime, DateTimeOffset now)
    {
        var issued = AccountToken.Issue(this, AccountTokenPurpose.PasswordReset, tokenHash, lifetime, now);
        Raise(new PasswordResetRequested(Id, Username, Email, new MailedToken(token, issued.ExpiresAt), now));
        return issued;
    }

    /// <summary>
    /// Sets the password through a reset link (checked with <see cref="AccountToken.ProblemWithRedeeming"/>): the
    /// stamp rotates like on any password change, and having read the mail proves the address too.
    /// </summary>
    public void ResetPassword(AccountToken token, string passwordHash, DateTimeOffset now)
    {
        token.Redeem(now);
        ChangePasswordHash(passwordHash, now);
        EmailVerifiedAt ??= now;
        Raise(new PasswordResetCompleted(Id, Username, Email, now));
    }

    public void ChangePasswordHash(string passwordHash, DateTimeOffset now)
    {
        SetPasswordHash(passwordHash);
        SecurityStamp = Guid.NewGuid();
        UpdatedAt = now;
    }

    /// <summary>The same password under a stronger hash: the user's sessions stay valid.</summary>
    public void UpgradePasswordHash(string passwordHash, DateTimeOffset now)
    {
        SetPasswordHash(passwordHash);
        UpdatedAt = now;
    }

    /// <summary>An empty bio is no bio: Conduit clients send "" to clear it.</summary>
    public void ChangeBio(string? bio, DateTimeOffset now)
    {
        Bio = string.IsNullOrWhiteSpace(bio) ? null : bio;
        UpdatedAt = now;
        ProfileChanged(Username, now);
    }

    public void ChangeImage(string? image, DateTimeOffset now)
    {
        Image = string.IsNullOrWhiteSpace(image) ? null : image.Trim();
        UpdatedAt = now;
        ProfileChanged(Username, now);
    }

    /// <summary>Opting in or out again changes nothing, so an unsubscribe link may be followed any number of times.</summary>
    public void ChangeNewsletterSubscription(bool receivesNewsletter, DateTimeOffset now)
    {
        if (ReceivesNewsletter == receivesNewsletter)
        {
            return;
        }

        ReceivesNewsletter = receivesNewsletter;
        UpdatedAt = now;
    }

    public void GrantRole(Role role, DateTimeOffset now)
    {
        if (_roles.Any(userRole => userRole.RoleId == role.Id))
        {
            return;
        }

        _roles.Add(new UserRole(Id, role.Id));
        UpdatedAt = now;
    }

    /// <summary>
    /// Makes <paramref name="roles"/> the user's roles; <see cref="Role.User"/> is always kept, since
    /// every account is a user. Returns whether anything changed. Taking a role away rotates the
    /// security stamp: access tokens still carrying the role must stop working now, not when they expire.
    /// </summary>
    public bool ReplaceRoles(IEnumerable<Role> roles, DateTimeOffset now)
    {
        var wanted = roles.Append(Role.User).Select(role => role.Id).ToHashSet();
        var removed = _roles.RemoveAll(userRole => !wanted.Contains(userRole.RoleId));
        var added = wanted.Where(roleId => _roles.All(userRole => userRole.RoleId != roleId)).ToList();
        _roles.AddRange(added.Select(roleId => new UserRole(Id, roleId)));
        if (removed == 0 && added.Count == 0)
        {
            return false;
        }

        if (removed > 0)
        {
            SecurityStamp = Guid.NewGuid();
        }

        UpdatedAt = now;
        return true;
    }

    /// <summary>Replaces the metadata; <paramref name="json"/> must be a JSON object, which the caller has checked.</summary>
    public void ChangeMetadata(string json, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            throw new DomainRuleViolationException("metadata", ValidationMessages.NotAJsonObject);
        }

        Metadata = json;
        UpdatedAt = now;
    }

    public void Deactivate(DateTimeOffset now)
    {
        IsActive = false;
        SecurityStamp = Guid.NewGuid();
        UpdatedAt = now;
    }

    /// <summary>The stamp changed on deactivation already, so tokens from before it stay refused.</summary>
    public void Reactivate(DateTimeOffset now)
    {
        IsActive = true;
        UpdatedAt = now;
    }

    private void ProfileChanged(string previousUsername, DateTimeOffset now) =>
        RaiseOrReplace<UserProfileChanged>(pending =>
            new UserProfileChanged(Id, pending?.PreviousUsername ?? previousUsername, Username, now));

    private void SetUsername(string username)
    {
        DomainRuleViolationException.ThrowIfBroken("username", UsernameRules.ProblemWith(username));

        Username = username;
        NormalizedUsername = UsernameRules.Normalize(username);
    }

    private void SetEmail(string email)
    {
        DomainRuleViolationException.ThrowIfBroken("email", EmailRules.ProblemWith(email));

        Email = email.Trim();
        NormalizedEmail = EmailRules.Normalize(email);
    }

    private void SetPasswordHash(string passwordHash)
    {
        if (string.IsNullOrWhiteSpace(passwordHash))
        {
            throw new DomainRuleViolationException("password", ValidationMessages.Blank);
        }

        PasswordHash = passwordHash;
    }
}
