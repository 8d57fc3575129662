"""The before/after table of `make bench BENCH_BASE=…` (tests/benchmarks/http_bench.py),
in markdown for tests/benchmarks/README.md, with the machine it ran on."""

import os
import platform
from pathlib import Path


def machine():
    """CPU model, cores, memory, kernel and Python of this machine."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
    except (OSError, StopIteration):
        memory_kib = 0
    return {
        "cpu_model": model,
        "cpus": os.cpu_count(),
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


def _cell(result, key, digits=2):
    if not result or result.get(key) is None:
        return "–"
    return f"{result[key]:.{digits}f}" if isinstance(result[key], float) else str(result[key])


def _latency(result):
    if not result:
        return "–"
    return f"{result['p50_ms']:.1f} / {result['p95_ms']:.1f}"


def _rss(data):
    workers = (data or {}).get("workers_after_run") or []
    return ", ".join(f"{worker['rss_mib']:.0f}" for worker in workers) or "–"


def markdown_comparison(report):
    """One table: every target of every configuration, before and after."""
    info = report["machine"]
    before_load = ", ".join(f"{x:.1f}" for x in report["load_average_before"])
    after_load = ", ".join(f"{x:.1f}" for x in report["load_average_after"])
    lines = [
        f"Measured {report['measured_at']} on {info['cpu_model']} ({info['cpus']} cores, "
        f"{info['memory_gib']} GiB), kernel {info['kernel']}, Python {info['python']}; "
        f"load average before {before_load}, after {after_load}; {report['size']} data "
        f"({report['official_documents']} official documents), "
        f"`{report['command']}`, wrk {report['settings']['wrk']}, "
        f"{report['settings']['workers']} workers. Before: {report['trees']['before']}; "
        f"after: {report['trees']['after']}.",
        "",
        "| config | target | CPU ms before | CPU ms after | SQL before | SQL after "
        "| req/s before | req/s after | p50 / p95 ms before | p50 / p95 ms after |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    before_runs, after_runs = report["before"], report["configurations"]
    for config, after in after_runs.items():
        before = before_runs.get(config, {})
        names = list(after["targets"]) + [
            name for name in before.get("targets", {}) if name not in after["targets"]
        ]
        for name in names:
            old = before.get("targets", {}).get(name)
            new = after["targets"].get(name)
            lines.append(
                f"| {config} | {name} | {_cell(old, 'cpu_ms_per_request')} "
                f"| {_cell(new, 'cpu_ms_per_request')} | {_cell(old, 'queries_per_request', 1)} "
                f"| {_cell(new, 'queries_per_request', 1)} "
                f"| {_cell(old, 'requests_per_second', 0)} "
                f"| {_cell(new, 'requests_per_second', 0)} | {_latency(old)} | {_latency(new)} |"
            )
        lines.append(
            f"| {config} | web workers' RSS MiB after the run | {_rss(before)} | {_rss(after)} "
            "| | | | | | |"
        )
        old_jobs, new_jobs = before.get("task_worker"), after.get("task_worker")
        if old_jobs or new_jobs:
            lines.append(
                f"| {config} | background worker RSS MiB after a scan job (peak) "
                f"| {_cell(old_jobs, 'rss_mib', 0)} ({_cell(old_jobs, 'peak_rss_mib', 0)}) "
                f"| {_cell(new_jobs, 'rss_mib', 0)} ({_cell(new_jobs, 'peak_rss_mib', 0)}) "
                "| | | | | | |"
            )
    return "\n".join(lines)
