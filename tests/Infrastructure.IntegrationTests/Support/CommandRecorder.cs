using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Records every command a DbContext executes, so a test can count round trips. With
/// <see cref="ExplainReaders"/> set, each reader command is first run as <c>EXPLAIN (VERBOSE, FORMAT JSON)</c> with the
/// same text and a copy of the same parameters, on the same connection and transaction: the plan recorded is
/// the one PostgreSQL picks for the statement the code under test really sends, not for a hand-written copy.
/// The EXPLAIN goes straight to the connection, so it is neither intercepted nor counted itself.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();

    public bool ExplainReaders { get; init; }

    public IReadOnlyList<RecordedCommand> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(new RecordedCommand(command.CommandText, "reader", ExplainReaders ? Explain(command) : null));
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(new RecordedCommand(
            command.CommandText,
            "reader",
            ExplainReaders ? await ExplainAsync(command, cancellationToken) : null));
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result)
    {
        _commands.Enqueue(new RecordedCommand(command.CommandText, "scalar", null));
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(new RecordedCommand(command.CommandText, "scalar", null));
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result)
    {
        _commands.Enqueue(new RecordedCommand(command.CommandText, "non-query", null));
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(new RecordedCommand(command.CommandText, "non-query", null));
        return ValueTask.FromResult(result);
    }

    private static QueryPlan Explain(DbCommand command)
    {
        using var explain = CreateExplainCommand(command);
        return QueryPlan.Parse((string)explain.ExecuteScalar()!);
    }

    private static async Task<QueryPlan> ExplainAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var explain = CreateExplainCommand(command);
        return QueryPlan.Parse((string)(await explain.ExecuteScalarAsync(cancellationToken))!);
    }

    private static NpgsqlCommand CreateExplainCommand(DbCommand command)
    {
        var explain = new NpgsqlCommand(
            $"EXPLAIN (VERBOSE, FORMAT JSON) {command.CommandText}",
            (NpgsqlConnection)command.Connection!,
            (NpgsqlTransaction?)command.Transaction);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        return explain;
    }
}
