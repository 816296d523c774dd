#!/usr/bin/env python3
"""Writes docs/benchmarks.md from loadtest.sh result files (standard library only).

    bench_report.py OURS.json [PEER.json|""] READY_MS PEAK_RSS_KB OUT.md
"""

import json
import os
import platform
import subprocess
import sys

SCENARIO_TARGETS = {  # minimum requests/s ratio, maximum p99 ratio (None: not a target)
    "S1": (8.0, 1 / 3), "S2": (8.0, 1 / 3), "S3": (8.0, 1 / 3),
    "S4": (8.0, 1 / 3), "S5": (8.0, 1 / 3), "S6": (4.0, None),
}


def command_output(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=10).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib():
    with open("/proc/meminfo") as meminfo:
        kib = int(meminfo.readline().split()[1])
    return f"{kib / 1024 / 1024:.1f} GiB"


def main():
    ours_path, peer_path, ready_ms, peak_kb, out_path = sys.argv[1:6]
    ours = json.load(open(ours_path))
    peer = json.load(open(peer_path)) if peer_path else None
    config = ours["config"]

    lines = [
        "# Benchmarks",
        "",
        f"Run {ours['started_at']} (UTC) by `scripts/bench.sh{' --peer' if peer else ''}` with the shared Conduit harness "
        f"(`../shared/bench/loadtest.sh`): 200 users, 2,000 articles, 20 tags seeded through the API, then per scenario a "
        f"{config['warmup_s']} s warm-up and a {config['duration_s']} s measured wrk run "
        f"({config['connections']} connections, {config['threads']} threads, repeat {config['repeat']}).",
        "",
        "## Machine",
        "",
        f"- CPU: {cpu_model()}, {os.cpu_count()} cores; memory {memory_gib()}; kernel {platform.release()}",
        f"- .NET SDK {command_output('dotnet', '--version')}; {command_output('psql', '--version')} (server: the project's private cluster); "
        f"{command_output('redis-server', '--version')}",
        f"- {ours.get('wrk_version', 'wrk')}; API, PostgreSQL, Redis and wrk all share the same cores.",
        "",
        "## Results",
        "",
    ]

    header = "| scenario | CleanBackend req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |"
    rule = "|---|---:|---:|---:|---:|---:|---:|"
    if peer:
        header += " peer req/s | peer p99 ms | req/s ratio | p99 ratio | target |"
        rule += "---:|---:|---:|---:|---|"
    lines += [header, rule]
    for scenario_id, result in ours["scenarios"].items():
        latency = result["latency_ms"]
        row = (f"| {scenario_id} {result['name']} | {result['rps']:,.0f} | {latency['p50']:.2f} | {latency['p90']:.2f} | "
               f"{latency['p99']:.2f} | {result['non2xx']} | {result['socket_errors']['total']} |")
        if peer and scenario_id in peer["scenarios"]:
            other = peer["scenarios"][scenario_id]
            rps_ratio = result["rps"] / other["rps"] if other["rps"] else float("inf")
            p99_ratio = latency["p99"] / other["latency_ms"]["p99"] if other["latency_ms"]["p99"] else float("inf")
            min_rps, max_p99 = SCENARIO_TARGETS.get(scenario_id, (None, None))
            met = (min_rps is None or rps_ratio >= min_rps) and (max_p99 is None or p99_ratio <= max_p99)
            target = f"≥{min_rps:g}× req/s" + (f", ≤{max_p99:.2f}× p99" if max_p99 else "")
            row += (f" {other['rps']:,.0f} | {other['latency_ms']['p99']:.2f} | {rps_ratio:.1f}× | {p99_ratio:.2f}× | "
                    f"{target}: {'met' if met else 'NOT met'} |")
        lines.append(row)

    lines += [
        "",
        f"- CleanBackend process: ready {ready_ms} ms after start (`/health/ready` answering), peak RSS "
        f"{int(peak_kb) / 1024:.0f} MiB (VmHWM) over the whole run.",
        f"- All responses 2xx: {'yes' if ours['all_2xx'] else 'NO'}; no socket errors: {'yes' if ours['no_socket_errors'] else 'NO'}.",
    ]
    if peer:
        lines.append(f"- Peer: all 2xx {'yes' if peer['all_2xx'] else 'NO'}; no socket errors {'yes' if peer['no_socket_errors'] else 'NO'}; "
                     "FastAPI + async SQLAlchemy + asyncpg, gunicorn with 4 uvicorn workers, on the same PostgreSQL and Redis.")
    problems = ours["seed"].get("contract_problems") or []
    lines.append(f"- Contract warnings from the harness's probe: {len(problems)}" + (": " + "; ".join(problems) if problems else "."))
    lines += ["", "Where the time goes, for the targets not met, and what would fix it: [performance.md](performance.md).", ""]
    with open(out_path, "w") as out:
        out.write("\n".join(lines))


if __name__ == "__main__":
    main()
