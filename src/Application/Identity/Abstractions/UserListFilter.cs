namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>
/// The filters of the admin user listing, all optional and combined with AND.
/// <paramref name="Search"/> is a lower-case prefix of the username or the e-mail address;
/// <paramref name="MetadataJson"/> is a JSON object the metadata must contain (jsonb <c>@&gt;</c>).
/// </summary>
public sealed record UserListFilter(string? Search, string? Role, bool? Active, string? MetadataJson);
