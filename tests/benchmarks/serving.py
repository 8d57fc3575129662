"""Shared by the benchmark and soak scripts: start `make serve`, find its workers,
read their memory, discover URLs to request. Not part of the test run."""

import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


class Server:
    """`make serve` in its own process group, stopped on exit. With `tree`, another
    checkout (an export of an older main) is served instead, by this tree's Makefile
    (`serve-app`, which installs nothing) with this tree's virtualenv."""

    def __init__(self, port, workers=2, env=None, tree=None):
        self.tree = Path(tree).resolve() if tree else BASE_DIR
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        # The port and worker count come last: `make` exports PORT and WORKERS, so a
        # copy of the caller's environment in `env` must not override them.
        self.env = {
            **os.environ,
            "VIEWS_RATE_LIMIT": "0",
            **(env or {}),
            "PORT": str(port),
            "WORKERS": str(workers),
        }
        self.process = None

    def __enter__(self):
        command = ["make", "--no-print-directory", "serve"]
        if self.tree != BASE_DIR:
            command = [
                "make", "--no-print-directory", "-f", str(BASE_DIR / "Makefile"),
                "serve-app", f"VENV={BASE_DIR / '.venv'}",
            ]
        self.process = subprocess.Popen(
            command,
            cwd=self.tree,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(1)
        self.__exit__(None, None, None)
        raise RuntimeError("make serve did not answer /healthz within 180 s")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)

    def worker_pids(self):
        """gunicorn's workers: the children of the master that listens on our port."""
        return [pid for pid in self._gunicorn_pids() if _ppid(pid) in self._gunicorn_pids()]

    def master_pid(self):
        pids = self._gunicorn_pids()
        return next((pid for pid in pids if _ppid(pid) not in pids), None)

    def task_worker_pid(self):
        """The background jobs' worker (`manage.py db_worker`) `make serve` started."""
        return next(iter(self._group_pids(lambda argv: "db_worker" in argv)), None)

    def _group_pids(self, matches):
        pids = []
        group = os.getpgid(self.process.pid)
        for status in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                argv = status.read_bytes().decode().split("\0")
            except OSError:
                continue
            if "python" in Path(argv[0]).name and matches(argv):
                pid = int(status.parent.name)
                if _pgid(pid) == group:
                    pids.append(pid)
        return pids

    def _gunicorn_pids(self):
        """Python processes running gunicorn in our group. The shells `make` starts
        also carry "gunicorn portal.wsgi" in their command line: argv[0] tells them apart."""
        return self._group_pids(
            lambda argv: any(arg.endswith("/gunicorn") for arg in argv[1:2])
            and "portal.wsgi:application" in argv
        )

    def worker_rss_mib(self):
        return {pid: _rss_kib(pid) / 1024 for pid in self.worker_pids()}


def _pgid(pid):
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def _ppid(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def fetch(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as answer:
        return answer.read().decode()


def sitemap_paths(base_url, limit=200):
    xml = fetch(f"{base_url}/sitemap.xml")
    paths = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml)
    return paths[:limit]


def page_ids(base_url, limit=100):
    # Wagtail's API answers at most 20 items a request (WAGTAILAPI_LIMIT_MAX).
    ids = []
    while len(ids) < limit:
        answer = json.loads(
            fetch(f"{base_url}/api/v2/pages/?limit=20&offset={len(ids)}&fields=_,id")
        )
        if not answer["items"]:
            break
        ids += [item["id"] for item in answer["items"]]
    return ids[:limit]


def write_lua(path, requests):
    """A wrk script that cycles through (method, path, body) requests, each built
    once per thread in init(), as wrk's documentation advises: building it for every
    request costs the load generator CPU the server on the same cores then lacks."""
    lines = ["local specs = {"]
    for method, target, body in requests:
        body_lua = "nil" if body is None else json.dumps(body)
        lines.append(f"  {{{json.dumps(method)}, {json.dumps(target)}, {body_lua}}},")
    lines += [
        "}",
        "local built = {}",
        "local counter = 0",
        "init = function(args)",
        "  for i, item in ipairs(specs) do",
        "    local headers = {['User-Agent'] = 'Mozilla/5.0 (X11; Linux) portal-load-test'}",
        "    if item[3] then headers['Content-Type'] = 'application/json' end",
        "    built[i] = wrk.format(item[1], item[2], headers, item[3])",
        "  end",
        "end",
        "request = function()",
        "  counter = counter + 1",
        "  return built[(counter % #built) + 1]",
        "end",
    ]
    Path(path).write_text("\n".join(lines) + "\n")


WRK_SUMMARY = re.compile(
    r"(?P<requests>\d+) requests in .*?\n.*?"
    r"(?:Socket errors: connect (?P<connect>\d+), read (?P<read>\d+), "
    r"write (?P<write>\d+), timeout (?P<timeout>\d+)\n.*?)?"
    r"(?:Non-2xx or 3xx responses: (?P<non2xx>\d+)\n.*?)?"
    r"Requests/sec:\s+(?P<rps>[\d.]+)",
    re.DOTALL,
)


def run_wrk(base_url, script, duration, connections=16, threads=2, timeout=None):
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            *([f"--timeout={timeout}s"] if timeout else []),
            "--latency",
            "-s",
            str(script),
            base_url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = WRK_SUMMARY.search(output)
    if match is None:
        raise RuntimeError(f"could not read wrk's summary:\n{output}")
    socket_errors = sum(
        int(match.group(key) or 0) for key in ("connect", "read", "write", "timeout")
    )
    return {
        "requests": int(match.group("requests")),
        "requests_per_second": float(match.group("rps")),
        "non_2xx_3xx": int(match.group("non2xx") or 0),
        "socket_errors": socket_errors,
        "raw": output,
    }
