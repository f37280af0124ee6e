#!/usr/bin/python3
# The driver of build-aux/bench.sh, run on a headless X server inside a
# D-Bus session: the app against a bare libadwaita window and against that
# window with a plain list, in rounds, each in another order; then the
# in-process search and load benchmark (bench-search). Every figure is a
# ratio against a baseline measured in the same run; on a noisy machine,
# the median of the ratios of each round.
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

# How long the window idles after its first frame before the peak RSS
# is taken, in milliseconds.
IDLE_MS = 1000
RUN_TIMEOUT_S = 60

TARGET_FIRST_FRAME = 1.25
TARGET_RSS = 1.10
TARGET_KEYSTROKE_MS = 16.0
TARGET_LOAD_MS = 1.0


FIRST_FRAME = None  # the path of tests/bench/first-frame, set by main()


def run_once(argv, env):
    """Runs a program under first-frame, which sees its first frame from
    outside and stops it IDLE_MS after; returns (ms from exec to first
    frame, peak RSS in KiB, CPU ms of all its threads to the first frame)."""
    try:
        out = subprocess.run([FIRST_FRAME, str(IDLE_MS)] + argv, env=env, stdin=subprocess.DEVNULL,
                             capture_output=True, text=True, check=True, timeout=RUN_TIMEOUT_S).stdout
    except subprocess.CalledProcessError as error:
        sys.exit(f"{argv[0]}: {error.stderr.strip() or error}")
    figures = dict(line.split() for line in out.splitlines() if " " in line)
    return float(figures["first-frame-ms"]), int(figures["peak-rss-kib"]), float(figures["cpu-ms"])


def measure_rounds(programs, env, rounds):
    """Runs each of @programs (name: argv) once a round, in an order that
    turns round by round, so that none always follows another. Returns,
    per name, the (first frame ms, peak RSS KiB, CPU ms) of each round."""
    names = list(programs)
    results = {name: [] for name in names}
    # One warm-up run of each fills the page cache and the font cache.
    for name in names:
        run_once(programs[name], env)
    for i in range(rounds):
        order = names[i % len(names):] + names[:i % len(names)]
        for name in order:
            results[name].append(run_once(programs[name], env))
        print(f"  round {i + 1:2}/{rounds}: " +
              ", ".join(f"{name} {results[name][-1][0]:6.1f} ms ({results[name][-1][2]:6.1f} ms CPU) "
                        f"{results[name][-1][1] / 1024:6.1f} MiB"
                        for name in names), flush=True)
    return results


def compare(results, name, baseline):
    """The medians of @name's and @baseline's figures, and the medians of
    their ratios round by round."""
    ours, theirs = results[name], results[baseline]
    return {
        "frame_ratio": statistics.median(a[0] / b[0] for a, b in zip(ours, theirs)),
        "frame_ms": (statistics.median(a[0] for a in ours), statistics.median(b[0] for b in theirs)),
        "rss_ratio": statistics.median(a[1] / b[1] for a, b in zip(ours, theirs)),
        "rss_mib": (statistics.median(a[1] for a in ours) / 1024, statistics.median(b[1] for b in theirs) / 1024),
        "cpu_ratio": statistics.median(a[2] / b[2] for a, b in zip(ours, theirs)),
        "cpu_ms": (statistics.median(a[2] for a in ours), statistics.median(b[2] for b in theirs)),
    }


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = []
    for package in ("gtk4", "libadwaita-1", "glib-2.0"):
        try:
            version = subprocess.run(["pkg-config", "--modversion", package], capture_output=True,
                                     text=True, check=True).stdout.strip()
            versions.append(f"{package} {version}")
        except (OSError, subprocess.CalledProcessError):
            pass
    return f"{os.cpu_count()} × {cpu}, Linux {platform.release()}; " + ", ".join(versions)


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--first-frame", required=True, help="tests/bench/first-frame, built")
    parser.add_argument("--app", required=True)
    parser.add_argument("--bare", required=True)
    parser.add_argument("--bare-list", help="also measure the app against a bare window with a plain list")
    parser.add_argument("--bench-search", help="required unless --skip-search")
    parser.add_argument("--also", action="append", default=[], metavar="NAME=PROGRAM",
                        help="also run PROGRAM in the same rounds and compare it with the app "
                             "(a build without one of its start-up tricks, say)")
    parser.add_argument("--pairs", type=int, default=15, help="how many rounds")
    parser.add_argument("--command", default="build-aux/bench.sh")
    parser.add_argument("--markdown", help="also write the table here, as Markdown")
    parser.add_argument("--skip-window", action="store_true", help="only the in-process benchmark")
    parser.add_argument("--skip-search", action="store_true", help="only the window's first frame and peak RSS")
    args = parser.parse_args()

    if not args.skip_search and args.bench_search is None:
        parser.error("--bench-search is required unless --skip-search")

    global FIRST_FRAME
    FIRST_FRAME = args.first_frame

    env = dict(os.environ)
    rows = []

    if not args.skip_window:
        programs = {"app": [args.app], "bare": [args.bare]}
        if args.bare_list:
            programs["list"] = [args.bare_list]
        also = dict(arg.split("=", 1) for arg in args.also)
        for name, program in also.items():
            programs[name] = [program]
        print(f"First frame and peak RSS of {', '.join(programs)}, {args.pairs} rounds in turn:", flush=True)
        measured = measure_rounds(programs, env, args.pairs)

        def add_rows(name, baseline, label, with_target):
            c = compare(measured, name, baseline)
            rows.append((f"First frame, {label}",
                         f"{c['frame_ms'][0]:.0f} / {c['frame_ms'][1]:.0f} ms",
                         f"{c['frame_ratio']:.3f}×",
                         f"≤ {TARGET_FIRST_FRAME:.2f}×" if with_target else "",
                         verdict(c["frame_ratio"] <= TARGET_FIRST_FRAME) if with_target else ""))
            rows.append((f"CPU time to the first frame, {label}",
                         f"{c['cpu_ms'][0]:.0f} / {c['cpu_ms'][1]:.0f} ms",
                         f"{c['cpu_ratio']:.3f}×", "", ""))
            rows.append((f"Peak RSS shown and idle, {label}",
                         f"{c['rss_mib'][0]:.1f} / {c['rss_mib'][1]:.1f} MiB",
                         f"{c['rss_ratio']:.3f}×",
                         f"≤ {TARGET_RSS:.2f}×" if with_target else "",
                         verdict(c["rss_ratio"] <= TARGET_RSS) if with_target else ""))

        add_rows("app", "bare", "app / bare window", True)
        if args.bare_list:
            add_rows("list", "bare", "plain list / bare window", False)
            add_rows("app", "list", "app / plain list", False)
        for name in also:
            add_rows(name, "app", f"{name} / app", False)

    results = []
    if not args.skip_search:
        print("Data load and search (bench-search):", flush=True)
        output = subprocess.run([args.bench_search], env=env, capture_output=True, text=True, check=True).stdout
        results = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    for result in results:
        if result["metric"] == "load":
            rows.append((f"Data load, {result['n']} statuses, {result['bytes'] // 1024} KiB, "
                         f"{'in place' if result['in_place'] else 'COPIED'}",
                         f"{result['ms']:.3f} ms", f"{result['ms'] / result['baseline_ms']:.1f}× GMarkup alone",
                         f"≤ {TARGET_LOAD_MS:.0f} ms",
                         verdict(result["ms"] <= TARGET_LOAD_MS and result["in_place"])))
            rows.append((f"Texts of the {result['n']} statuses, folded once by the results model",
                         f"{result['keys_ms']:.3f} ms", "", "", ""))
        elif result["metric"] == "search":
            n = result["n"]
            label = "real data" if result["model"] == "real" else f"{n // 1000}k synthetic"
            target = f"≤ {TARGET_KEYSTROKE_MS:.0f} ms" if n >= 10000 else ""
            ok = result["max_ms"] <= TARGET_KEYSTROKE_MS if n >= 10000 else None
            rows.append((f"Keystroke, {label} ({n} statuses): mean, median, worst (“{result['worst_query']}”)",
                         f"{result['mean_ms']:.3f}, {result['median_ms']:.3f}, {result['max_ms']:.3f} ms",
                         f"{result['median_ratio']:.2f}× GtkStringFilter", target,
                         "" if ok is None else verdict(ok)))

    headers = ("Measure", "Measured", "Ratio to baseline", "Target", "")
    widths = [max(len(str(row[i])) for row in rows + [headers]) for i in range(len(headers))]
    print()
    print(f"Machine: {machine()}")
    print(f"Command: {args.command}")
    print()
    for row in [headers] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())

    if args.markdown:
        with open(args.markdown, "w") as markdown:
            markdown.write(f"Machine: {machine()}  \nCommand: `{args.command}`\n\n")
            markdown.write("| " + " | ".join(headers) + " |\n")
            markdown.write("|" + "|".join(" --- " for _ in headers) + "|\n")
            for row in rows:
                markdown.write("| " + " | ".join(str(cell) for cell in row) + " |\n")

    met = sum(row[4] == "PASS" for row in rows)
    missed = sum(row[4] == "MISS" for row in rows)
    print()
    print(f"bench: {met} targets met, {missed} missed")


if __name__ == "__main__":
    main()
