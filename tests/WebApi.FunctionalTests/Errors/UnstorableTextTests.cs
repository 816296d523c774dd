using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CleanBackend.WebApi.FunctionalTests.Operations;
using CleanBackend.WebApi.FunctionalTests.Support;
using Serilog.Events;

namespace CleanBackend.WebApi.FunctionalTests.Errors;

/// <summary>
/// U+0000 and unpaired UTF-16 surrogates cannot be stored by PostgreSQL (text or jsonb). Wherever a client
/// can put one (bodies, query strings, route values, JSON keys), the answer is a 422 naming the field,
/// never a 5xx, and nothing lands in the log but the request line.
/// </summary>
public sealed class UnstorableTextTests
{
    private const string Bad = "{BAD}";

    private readonly SerilogCapture _serilog = SerilogCapture.Instance;
    private CleanBackendApiFactory _factory = null!;
    private ConduitApiClient _api = null!;
    private UserSession _user = null!;
    private UserSession _admin = null!;
    private string _slug = null!;

    public enum Who
    {
        Anonymous,
        User,
        Admin,
    }

    /// <summary>How an unstorable character is written inside a JSON string.</summary>
    public static IEnumerable<TestCaseData> JsonBodies()
    {
        foreach (var (kind, escape) in new[] { ("NUL", @"\u0000"), ("lone surrogate", @"\ud800"), ("lone low surrogate", @"x\udc00y") })
        {
            foreach (var body in BodyCases())
            {
                yield return new TestCaseData(body.Method, body.Path, body.Who, body.Json.Replace(Bad, escape, StringComparison.Ordinal), body.Fields)
                    .SetArgDisplayNames($"{kind} in {body.Method} {body.Path} {string.Join(",", body.Fields)}");
            }
        }
    }

    public static IEnumerable<TestCaseData> NulInQueries() =>
        from query in QueryCases()
        select new TestCaseData(query.Path, query.Who, query.Fields).SetArgDisplayNames($"GET {query.Path}");

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        foreach (var (key, value) in SerilogCapture.Settings())
        {
            settings[key] = value;
        }

        // A loaded machine must not turn into a "slow request" warning: the log is asserted on below.
        settings["RequestPerformance:SlowRequestThresholdMilliseconds"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // On Kestrel, not the in-memory server: that one refuses a path holding %00 before the API sees it.
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        _api = new ConduitApiClient(_factory.CreateClient());

        // Nothing below changes the data (every request is refused), so one arrangement serves every case.
        await FunctionalTestEnvironment.Database.ResetAsync();
        _user = await TestUsers.CreateAsync("writer");
        _admin = await AdminSessions.AdminAsync();
        _slug = await _api.PublishSlugAsync(_user, "Stored text", "tagged");
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
    }

    [SetUp]
    public void ClearLog() => _serilog.Clear();

    [TestCaseSource(nameof(JsonBodies))]
    public async Task An_unstorable_character_in_a_JSON_body_is_a_422_naming_the_field(HttpMethod method, string path, Who who, string json, string[] fields)
    {
        var response = await _api.SendRawJsonAsync(method, Resolve(path), TokenOf(who), json);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors, Is.EquivalentTo(fields.ToDictionary(field => field, _ => new[] { "is invalid" })), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    [TestCaseSource(nameof(NulInQueries))]
    public async Task A_NUL_in_a_query_parameter_is_a_422_naming_it(string path, Who who, string[] fields)
    {
        var response = await _api.SendAsync(HttpMethod.Get, Resolve(path), TokenOf(who));

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors, Is.EquivalentTo(fields.ToDictionary(field => field, _ => new[] { "is invalid" })), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    [Test]
    public async Task A_NUL_in_the_body_of_a_write_to_a_route_with_values_is_a_422_naming_it()
    {
        var response = await _api.SendRawJsonAsync(HttpMethod.Post, Resolve("/api/articles/{slug}/comments"), _user.AccessToken, """{"comment":{"body":"x\u0000"}}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors, Is.EquivalentTo(ProblemAssertions.Error("body", "is invalid")), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    /// <summary>
    /// Kestrel refuses a path whose decoded form holds a NUL (400) before any middleware runs, so a route value
    /// never carries one; were it to, the pipeline's rule would name it like any other field (unit-tested).
    /// </summary>
    [TestCase("GET", "/api/profiles/ja%00ke")]
    [TestCase("POST", "/api/profiles/%00/follow")]
    [TestCase("GET", "/api/articles/%00")]
    [TestCase("POST", "/api/articles/%00/favorite")]
    [TestCase("GET", "/api/articles/%00/comments")]
    [TestCase("DELETE", "/api/admin/articles/%00")]
    public async Task A_NUL_in_a_route_value_is_refused_without_a_server_error(string method, string path)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, _admin.AccessToken);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    /// <summary>A NUL byte inside a JSON string is not JSON: the reader refuses it, and the binder names the member.</summary>
    [Test]
    public async Task A_raw_NUL_in_a_JSON_body_is_a_422_naming_the_field()
    {
        var response = await _api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/users/login") { Content = RawLogin([0x00]) });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors, Is.EquivalentTo(ProblemAssertions.Error("user.email", "is invalid")), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    /// <summary>The three bytes a lone surrogate would have in UTF-8 are not UTF-8: they are read as U+FFFD, which is storable.</summary>
    [Test]
    public async Task Raw_surrogate_bytes_in_a_JSON_body_are_answered_without_a_server_error()
    {
        var response = await _api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/users/login") { Content = RawLogin([0xED, 0xA0, 0x80]) });

        response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        AssertNothingButTheRequestLineWasLogged();
    }

    /// <summary>Percent-escapes that are not UTF-8 (a lone surrogate's bytes) cannot become a lone surrogate: never a 5xx.</summary>
    [TestCase("/api/articles?tag=%ED%A0%80")]
    [TestCase("/api/profiles/%ED%A0%80")]
    [TestCase("/api/articles/%ED%A0%80")]
    [TestCase("/api/articles/%ED%A0%80/comments")]
    public async Task Undecodable_percent_escapes_are_answered_without_a_server_error(string path)
    {
        var response = await _api.SendAsync(HttpMethod.Get, path, token: null);

        Assert.That((int)response.StatusCode, Is.LessThan(500), response.Body);
        AssertNothingButTheRequestLineWasLogged();
    }

    private static IEnumerable<(HttpMethod Method, string Path, Who Who, string Json, string[] Fields)> BodyCases()
    {
        yield return (HttpMethod.Post, "/api/users/login", Who.Anonymous, """{"user":{"email":"jake{BAD}@example.org","password":"jakejake"}}""", ["email"]);
        yield return (HttpMethod.Post, "/api/users/login", Who.Anonymous, """{"user":{"email":"jake@example.org","password":"jake{BAD}jake"}}""", ["password"]);
        yield return (HttpMethod.Post, "/api/users", Who.Anonymous, """{"user":{"username":"ja{BAD}ke","email":"jake@example.org","password":"jakejake"}}""", ["username"]);
        yield return (HttpMethod.Post, "/api/users/refresh", Who.Anonymous, """{"refreshToken":"abc{BAD}"}""", ["refreshToken"]);
        yield return (HttpMethod.Post, "/api/users/logout", Who.Anonymous, """{"refreshToken":"abc{BAD}"}""", ["refreshToken"]);
        yield return (HttpMethod.Put, "/api/user", Who.User, """{"user":{"bio":"I work{BAD}"}}""", ["bio"]);
        yield return (HttpMethod.Put, "/api/user", Who.User, """{"user":{"email":"new{BAD}@example.org","image":"x{BAD}"}}""", ["email", "image"]);
        yield return (HttpMethod.Post, "/api/articles", Who.User, """{"article":{"title":"T","description":"D","body":"B{BAD}","tagList":["fine","t{BAD}"]}}""", ["body", "tagList[1]"]);
        yield return (HttpMethod.Post, "/api/articles", Who.User, """{"article":{"title":"T{BAD}","description":"D{BAD}","body":"B"}}""", ["title", "description"]);
        yield return (HttpMethod.Put, "/api/articles/{slug}", Who.User, """{"article":{"body":"B{BAD}"}}""", ["body"]);
        yield return (HttpMethod.Put, "/api/articles/{slug}", Who.User, """{"article":{"tagList":["{BAD}"]}}""", ["tagList[0]"]);
        yield return (HttpMethod.Post, "/api/articles/{slug}/comments", Who.User, """{"comment":{"body":"C{BAD}"}}""", ["body"]);
        yield return (HttpMethod.Put, "/api/admin/users/{user}/metadata", Who.Admin, """{"metadata":{"plan":"pro{BAD}"}}""", ["metadata.plan"]);
        yield return (HttpMethod.Put, "/api/admin/users/{user}/metadata", Who.Admin, """{"metadata":{"pl{BAD}an":"pro"}}""", ["metadata"]);
        yield return (HttpMethod.Put, "/api/admin/users/{user}/metadata", Who.Admin, """{"metadata":{"a":{"b":[1,"x{BAD}"]}}}""", ["metadata.a.b[1]"]);
        yield return (HttpMethod.Put, "/api/admin/users/{user}/roles", Who.Admin, """{"roles":["Moderator{BAD}"]}""", ["roles[0]"]);
        yield return (HttpMethod.Post, "/api/admin/newsletters", Who.Admin, """{"subject":"S{BAD}","htmlBody":"<p>h</p>","textBody":"t"}""", ["subject"]);
    }

    private static IEnumerable<(string Path, Who Who, string[] Fields)> QueryCases()
    {
        yield return ("/api/articles?tag=%00", Who.Anonymous, ["tag"]);
        yield return ("/api/articles?author=a%00&favorited=%00b", Who.Anonymous, ["author", "favorited"]);
        yield return ("/api/articles?q=dragons%00", Who.User, ["q"]);
        yield return ("/api/articles?cursor=%00", Who.Anonymous, ["cursor"]);
        yield return ("/api/articles/feed?cursor=%00", Who.User, ["cursor"]);
        yield return ("/api/admin/users?q=%00", Who.Admin, ["q"]);
        yield return ("/api/admin/users?role=%00", Who.Admin, ["role"]);
        yield return ("/api/admin/users?metadata=%7B%22plan%22%3A%22%5Cu0000%22%7D", Who.Admin, ["metadata.plan"]);
        yield return ("/api/admin/users?metadata=%7B%22plan%22%3A%22%5Cud800%22%7D", Who.Admin, ["metadata.plan"]);
        yield return ("/api/admin/users?metadata=%7B%22p%5Cu0000%22%3A1%7D", Who.Admin, ["metadata"]);
        yield return ("/api/admin/audit?action=users.%00", Who.Admin, ["action"]);
        yield return ("/api/newsletters/unsubscribe?token=%00", Who.Anonymous, ["token"]);
        yield return ("/api/articles/{slug}/comments?cursor=%00", Who.Anonymous, ["cursor"]);
    }

    private static ByteArrayContent RawLogin(byte[] insideTheEmail)
    {
        var json = Encoding.UTF8.GetBytes("""{"user":{"email":"jake""").Concat(insideTheEmail).Concat(Encoding.UTF8.GetBytes("""@example.org","password":"jakejake"}}""")).ToArray();
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private string Resolve(string path) => path
        .Replace("{slug}", _slug, StringComparison.Ordinal)
        .Replace("{user}", AdminSessions.IdOf(_user).ToString(), StringComparison.Ordinal);

    private string? TokenOf(Who who) => who switch
    {
        Who.User => _user.AccessToken,
        Who.Admin => _admin.AccessToken,
        _ => null,
    };

    private void AssertNothingButTheRequestLineWasLogged()
    {
        var noisy = _serilog.Events
            .Where(logEvent => logEvent.Level >= LogEventLevel.Warning || logEvent.Exception is not null)
            .Select(logEvent => $"{logEvent.Level} {SerilogCapture.ScalarOf(logEvent, "SourceContext")}: {logEvent.RenderMessage()} {logEvent.Exception}")
            .ToList();
        Assert.That(noisy, Is.Empty, "warnings, errors or exceptions logged for the request");
    }
}
