#!/usr/bin/env bash
# Private PostgreSQL 15, Redis and SMTP sink servers for development and tests, without Docker, and the
# Chromium the browser tests drive.
#
#   scripts/services.sh up       install what is missing (as root), start all three servers (initialising on
#                                first use), wait until they accept connections
#   scripts/services.sh down     stop them
#   scripts/services.sh status   print each one's state and Chromium's; exit 0 only if all are up and Chromium is there
#
# Everything lives under <repo>/.data (data, sockets, logs, pid files, received mail), so several clones can
# coexist as long as they use different ports. Every server listens on 127.0.0.1 only.
#
# Environment:
#   CLEANBACKEND_PG_PORT     PostgreSQL port (default 55432)
#   CLEANBACKEND_REDIS_PORT  Redis port (default 56379)
#   CLEANBACKEND_PG_BIN      PostgreSQL server binaries (default /usr/lib/postgresql/15/bin)
#   CLEANBACKEND_PG_FAST=1   start PostgreSQL without durability (fsync etc. off); for throwaway test data
#   CLEANBACKEND_SMTP_PORT   SMTP sink port (default 52525); received mail is kept in .data/mail/<recipient>/
#   CLEANBACKEND_SMTP_REJECT / CLEANBACKEND_SMTP_DEFER
#                            regexes: recipients matching them get 550 / 451 from the sink (defaults
#                            '^rejected[.+-]' and '^deferred[.+-]', which the tests use for failure cases)
#   CLEANBACKEND_CHROMIUM    the Chromium the browser tests launch (default /usr/bin/chromium, Debian's `chromium`,
#                            installed when missing; another path is used as it is, never installed)
set -euo pipefail

# Resolve the repository from this script's own location so the script works from any cwd and any clone.
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
DATA_DIR="$REPO_DIR/.data"
PG_DATA="$DATA_DIR/postgres"
PG_RUN="$DATA_DIR/run"            # unix socket directory, so /var/run/postgresql is not needed
PG_LOG="$DATA_DIR/postgres.log"
REDIS_DIR="$DATA_DIR/redis"
REDIS_PID="$DATA_DIR/redis.pid"
REDIS_LOG="$DATA_DIR/redis.log"
MAIL_DIR="$DATA_DIR/mail"
SMTP_PID="$DATA_DIR/smtp.pid"
SMTP_LOG="$DATA_DIR/smtp.log"
SMTP_SCRIPT="$REPO_DIR/scripts/smtp_sink.py"
# Debian's interpreter, where python3-aiosmtpd is installed (a virtualenv's python3 on PATH would not see it).
SMTP_PYTHON=/usr/bin/python3
DEBIAN_CHROMIUM=/usr/bin/chromium
CHROMIUM="${CLEANBACKEND_CHROMIUM:-$DEBIAN_CHROMIUM}"

PG_BIN="${CLEANBACKEND_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${CLEANBACKEND_PG_PORT:-55432}"
REDIS_PORT="${CLEANBACKEND_REDIS_PORT:-56379}"
SMTP_PORT="${CLEANBACKEND_SMTP_PORT:-52525}"
SMTP_REJECT="${CLEANBACKEND_SMTP_REJECT-^rejected[.+-]}"
SMTP_DEFER="${CLEANBACKEND_SMTP_DEFER-^deferred[.+-]}"
PG_HOST=127.0.0.1
PG_USER=postgres
# DEVELOPMENT DEFAULT ONLY: the password of the private, loopback-only dev/test cluster.
# It is not a secret and must never be used for any real deployment.
PG_PASSWORD=cleanbackend-dev
PG_DATABASE=cleanbackend
WAIT_SECONDS=30

log() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Shows the end of a server's log ($1), then stops with the message (the rest).
die_with_log() {
    local log_file="$1"
    shift
    tail -n 30 "$log_file" >&2 || true
    die "$*"
}

# Runs the command given until it succeeds, every half second for up to WAIT_SECONDS; fails if it never does.
wait_until() {
    local i
    for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
        "$@" && return 0
        sleep 0.5
    done
    return 1
}

pid_gone() { ! kill -0 "$1" 2>/dev/null; }

# Says why there is nothing to stop: a server answering on the port ($2) without our pid file is someone else's.
log_not_ours() {
    local name="$1" address="$2" answers="$3"
    if "$answers"; then
        log "$name on $address was not started by this script; leaving it alone"
    else
        log "$name not running"
    fi
}

# PostgreSQL refuses to run as root, so as root every server-side command runs as the `postgres` OS user.
# `cd /` first: the caller's cwd (e.g. /root) may not be readable by postgres, which makes the tools warn.
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

APT_LISTS_UPDATED=0

apt_install() {
    # Wait for a concurrently running apt/dpkg instead of failing on its lock. The package lists are
    # refreshed once per run, before the first install (a fresh machine may have none).
    if [[ "$APT_LISTS_UPDATED" == 0 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 update -qq
        APT_LISTS_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq "$@"
}

ensure_postgres_binaries() {
    [[ -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/initdb" ]] && return 0
    if ! is_root; then
        die "PostgreSQL 15 server binaries not found in $PG_BIN. Install them with:
    sudo apt-get update && sudo apt-get install -y postgresql-15"
    fi
    log "PostgreSQL 15 binaries missing in $PG_BIN: installing postgresql-15 with apt-get"
    # Debian's postgresql-common would otherwise create and start a default cluster on port 5432,
    # which we do not use. This only affects clusters created by package installation.
    mkdir -p /etc/postgresql-common
    if [[ ! -f /etc/postgresql-common/createcluster.conf ]]; then
        echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
    fi
    apt_install postgresql-15
    [[ -x "$PG_BIN/pg_ctl" ]] || die "postgresql-15 installed but $PG_BIN/pg_ctl still missing"
}

ensure_redis_binaries() {
    command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 && return 0
    if ! is_root; then
        die "redis-server not found on PATH. Install it with:
    sudo apt-get update && sudo apt-get install -y redis-server"
    fi
    log "redis-server missing: installing it with apt-get"
    # The package may also start Debian's own redis service on 6379; that one is not ours and is harmless.
    apt_install redis-server
    command -v redis-server >/dev/null 2>&1 || die "redis-server installed but still not on PATH"
}

ensure_smtp_sink_dependencies() {
    [[ -x "$SMTP_PYTHON" ]] && "$SMTP_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
    if ! is_root; then
        die "the SMTP sink needs Debian's python3-aiosmtpd. Install it with:
    sudo apt-get update && sudo apt-get install -y python3-aiosmtpd"
    fi
    log "python3-aiosmtpd missing: installing it with apt-get"
    apt_install python3-aiosmtpd
    "$SMTP_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1 || die "python3-aiosmtpd installed but $SMTP_PYTHON still cannot import aiosmtpd"
}

# Only the browser tests need Chromium, so without root it is a warning: everything else still runs.
ensure_chromium() {
    [[ -x "$CHROMIUM" ]] && return 0
    if [[ "$CHROMIUM" != "$DEBIAN_CHROMIUM" ]]; then
        die "CLEANBACKEND_CHROMIUM=$CHROMIUM is not an executable file"
    fi
    if ! is_root; then
        log "WARNING: $CHROMIUM not found; the browser tests will fail. Install it with:
    sudo apt-get update && sudo apt-get install -y chromium"
        return 0
    fi
    log "Chromium missing: installing Debian's chromium with apt-get"
    apt_install chromium
    [[ -x "$CHROMIUM" ]] || die "chromium installed but $CHROMIUM still missing"
}

chromium_version() { "$CHROMIUM" --version 2>/dev/null | head -n 1; }

# ---------------------------------------------------------------- PostgreSQL

pg_running() { [[ -f "$PG_DATA/PG_VERSION" ]] && as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; }

pg_ready() { "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

# Port recorded by the running postmaster (4th line of postmaster.pid).
pg_running_port() { sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true; }

pg_prepare_dirs() {
    mkdir -p "$DATA_DIR" "$PG_RUN"
    if is_root; then
        mkdir -p "$PG_DATA"
        chown postgres: "$PG_DATA" "$PG_RUN"
        touch "$PG_LOG" && chown postgres: "$PG_LOG"
        # Every ancestor of .data must be traversable by the postgres user (e.g. not under /root).
        if ! runuser -u postgres -- test -w "$PG_DATA" -a -w "$PG_RUN" -a -w "$PG_LOG"; then
            namei -m "$PG_DATA" >&2 || true
            die "the 'postgres' OS user cannot reach $PG_DATA (a parent directory is not world-executable, see above).
Move the repository somewhere world-traversable (e.g. /work or /tmp) or run: chmod o+x <that directory>"
        fi
    else
        mkdir -p "$PG_DATA"
    fi
    chmod 700 "$PG_DATA"
}

pg_init() {
    if [[ -f "$PG_DATA/PG_VERSION" ]]; then
        return 0
    fi
    if [[ -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]]; then
        die "$PG_DATA is not empty but holds no cluster; move it away or delete it (scripts/services.sh down; rm -rf $PG_DATA)"
    fi
    log "initialising PostgreSQL cluster in $PG_DATA"
    local pwfile
    pwfile="$(mktemp)"
    printf '%s\n' "$PG_PASSWORD" >"$pwfile"
    if is_root; then chown postgres: "$pwfile"; fi
    # Host (TCP) connections need the password (scram-sha-256). The unix socket uses trust, but the socket
    # is created with mode 0700 in a private directory, so only the cluster's OS owner (or root) can use it.
    # (peer would not work when a non-root user owns the cluster, since the OS and DB user names differ.)
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$DATA_DIR/initdb.log" 2>&1 \
        || { rm -f "$pwfile"; tail -n 20 "$DATA_DIR/initdb.log" >&2; die "initdb failed (full output in $DATA_DIR/initdb.log)"; }
    rm -f "$pwfile"
    # Settings that hold for every start. The port and the optional fast mode are given on the command line
    # instead (see pg_start), so that changing CLEANBACKEND_PG_PORT needs no rewrite of the config.
    as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF

# ---- added by scripts/services.sh (CleanBackend dev/test cluster) ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_RUN'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
max_connections = 200
shared_buffers = 128MB
logging_collector = off
log_min_duration_statement = 1000
EOF
}

pg_start() {
    if pg_running; then
        local running_port
        running_port="$(pg_running_port)"
        if [[ -n "$running_port" && "$running_port" != "$PG_PORT" ]]; then
            die "PostgreSQL from $PG_DATA is already running on port $running_port, not $PG_PORT; run 'scripts/services.sh down' first"
        fi
        log "PostgreSQL already running on $PG_HOST:$PG_PORT"
    else
        local opts="-p $PG_PORT"
        if [[ "${CLEANBACKEND_PG_FAST:-0}" == 1 ]]; then
            # Test data is throwaway: trade crash safety for speed.
            opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            log "starting PostgreSQL on $PG_HOST:$PG_PORT (fast mode: fsync off, data not crash-safe)"
        else
            log "starting PostgreSQL on $PG_HOST:$PG_PORT"
        fi
        as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -o "$opts" -w -t "$WAIT_SECONDS" >/dev/null \
            || die_with_log "$PG_LOG" "PostgreSQL failed to start or was not ready within ${WAIT_SECONDS}s (log above, full log: $PG_LOG)"
    fi
    wait_until pg_ready \
        || die_with_log "$PG_LOG" "PostgreSQL does not accept TCP connections on $PG_HOST:$PG_PORT (log above, full log: $PG_LOG)"
}

pg_psql() {
    PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}

pg_create_database() {
    local exists
    exists="$(pg_psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")"
    if [[ "$exists" != 1 ]]; then
        log "creating database $PG_DATABASE"
        pg_psql -c "CREATE DATABASE \"$PG_DATABASE\""
    fi
}

pg_stop() {
    if pg_running; then
        log "stopping PostgreSQL"
        as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$WAIT_SECONDS" >/dev/null \
            || die "PostgreSQL did not stop within ${WAIT_SECONDS}s (log: $PG_LOG)"
    else
        log "PostgreSQL not running"
    fi
}

# ---------------------------------------------------------------- Redis

redis_cli() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }

redis_ping() { [[ "$(redis_cli ping 2>/dev/null)" == PONG ]]; }

# PID of our redis-server if its pid file points at a live redis-server process, else nothing.
redis_own_pid() {
    local pid
    [[ -f "$REDIS_PID" ]] || return 1
    pid="$(cat "$REDIS_PID")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q redis-server "/proc/$pid/cmdline" 2>/dev/null \
        && echo "$pid"
}

redis_start() {
    if redis_ping; then
        if redis_own_pid >/dev/null; then
            log "Redis already running on 127.0.0.1:$REDIS_PORT"
        else
            log "Redis already answering on 127.0.0.1:$REDIS_PORT (not started by this script; using it)"
        fi
        return 0
    fi
    mkdir -p "$REDIS_DIR"
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    # No persistence: the data is a cache for development and tests.
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes \
        --daemonize yes --dir "$REDIS_DIR" --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" \
        --save "" --appendonly no \
        || die_with_log "$REDIS_LOG" "redis-server failed to start (log: $REDIS_LOG)"
    wait_until redis_ping \
        || die_with_log "$REDIS_LOG" "Redis does not answer PING on 127.0.0.1:$REDIS_PORT after ${WAIT_SECONDS}s (log above, full log: $REDIS_LOG)"
}

redis_stop() {
    local pid
    if ! pid="$(redis_own_pid)"; then
        log_not_ours Redis "127.0.0.1:$REDIS_PORT" redis_ping
        return 0
    fi
    log "stopping Redis"
    redis_cli shutdown nosave >/dev/null 2>&1 || true
    wait_until pid_gone "$pid" || die "Redis (pid $pid) did not stop within ${WAIT_SECONDS}s"
}

# ---------------------------------------------------------------- SMTP sink

smtp_answers() {
    # The greeting line of an SMTP server starts with 220.
    local greeting
    greeting="$(timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT && head -c 3 <&3" 2>/dev/null || true)"
    [[ "$greeting" == 220 ]]
}

# The sink answers, or its process is gone: either way there is no point in waiting longer.
smtp_settled() { smtp_answers || ! smtp_own_pid >/dev/null; }

# PID of our sink if its pid file points at a live smtp_sink.py process, else nothing.
smtp_own_pid() {
    local pid
    [[ -f "$SMTP_PID" ]] || return 1
    pid="$(cat "$SMTP_PID")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q smtp_sink "/proc/$pid/cmdline" 2>/dev/null \
        && echo "$pid"
}

smtp_start() {
    if smtp_answers; then
        if smtp_own_pid >/dev/null; then
            log "SMTP sink already running on 127.0.0.1:$SMTP_PORT (mail in $MAIL_DIR)"
        else
            log "an SMTP server already answers on 127.0.0.1:$SMTP_PORT (not started by this script; using it)"
        fi
        return 0
    fi
    mkdir -p "$MAIL_DIR"
    log "starting the SMTP sink on 127.0.0.1:$SMTP_PORT (mail in $MAIL_DIR)"
    # setsid + nohup: the sink outlives this shell and the terminal that started it, like the other servers.
    setsid nohup "$SMTP_PYTHON" "$SMTP_SCRIPT" --port "$SMTP_PORT" --dir "$MAIL_DIR" \
        --reject "$SMTP_REJECT" --defer "$SMTP_DEFER" >>"$SMTP_LOG" 2>&1 </dev/null &
    echo $! >"$SMTP_PID"
    wait_until smtp_settled && smtp_answers \
        || die_with_log "$SMTP_LOG" "the SMTP sink does not answer on 127.0.0.1:$SMTP_PORT (log above, full log: $SMTP_LOG)"
}

smtp_stop() {
    local pid
    if ! pid="$(smtp_own_pid)"; then
        log_not_ours "SMTP sink" "127.0.0.1:$SMTP_PORT" smtp_answers
        return 0
    fi
    log "stopping the SMTP sink"
    kill "$pid" 2>/dev/null || true
    wait_until pid_gone "$pid" || die "the SMTP sink (pid $pid) did not stop within ${WAIT_SECONDS}s"
    rm -f "$SMTP_PID"
}

# ---------------------------------------------------------------- commands

cmd_up() {
    ensure_postgres_binaries
    ensure_redis_binaries
    ensure_smtp_sink_dependencies
    ensure_chromium
    pg_prepare_dirs
    pg_init
    pg_start
    pg_create_database
    redis_start
    smtp_start
    log "services are up"
    if [[ -x "$CHROMIUM" ]]; then log "Chromium for the browser tests: $CHROMIUM"; fi
    echo "ConnectionStrings__Postgres=Host=$PG_HOST;Port=$PG_PORT;Database=$PG_DATABASE;Username=$PG_USER;Password=$PG_PASSWORD"
    echo "ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT"
    echo "Smtp__Host=127.0.0.1"
    echo "Smtp__Port=$SMTP_PORT"
}

cmd_down() {
    if [[ -x "$PG_BIN/pg_ctl" ]]; then pg_stop; else log "PostgreSQL binaries missing; nothing to stop"; fi
    if command -v redis-cli >/dev/null 2>&1; then redis_stop; else log "redis-cli missing; nothing to stop"; fi
    smtp_stop
}

cmd_status() {
    local ok=0
    if [[ -x "$PG_BIN/pg_ctl" ]] && pg_running && pg_ready; then
        log "PostgreSQL: up on $PG_HOST:$PG_PORT (data $PG_DATA)"
    elif [[ -x "$PG_BIN/pg_ctl" ]] && pg_running; then
        log "PostgreSQL: running but not accepting connections on $PG_HOST:$PG_PORT (log $PG_LOG)"
        ok=1
    else
        log "PostgreSQL: down"
        ok=1
    fi
    if command -v redis-cli >/dev/null 2>&1 && redis_ping; then
        log "Redis: up on 127.0.0.1:$REDIS_PORT"
    else
        log "Redis: down"
        ok=1
    fi
    if smtp_answers; then
        log "SMTP sink: up on 127.0.0.1:$SMTP_PORT (mail in $MAIL_DIR)"
    else
        log "SMTP sink: down"
        ok=1
    fi
    if [[ -x "$CHROMIUM" ]]; then
        log "Chromium: $CHROMIUM ($(chromium_version || echo 'version unknown'))"
    else
        log "Chromium: missing ($CHROMIUM)"
        ok=1
    fi
    return "$ok"
}

case "${1:-}" in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 up|down|status" >&2
        exit 2
        ;;
esac
