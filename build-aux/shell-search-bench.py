#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the first GNOME Shell search of a session costs: each search
provider started cold by the bus, side by side, round after round.

  shell-search-bench.py ROUNDS BUS_NAME:OBJECT_PATH:SEARCH:LABEL...

Run inside a private session bus (shell-search-bench.sh sets it up). For
each round and provider, with the provider not running: the time from
GetInitialResultSet for SEARCH, which it answers (the bus starting the
provider, as when the Shell searches), to its answer, then the provider's resident memory
(VmRSS) once it has answered and its peak (VmHWM) 2 s later, when it sits
idle waiting for more searches. Then it waits for the provider to exit by
itself (or stops it, by its pid) before the next round.
"""

import os
import signal
import statistics
import sys
import time

from gi.repository import Gio, GLib

IDLE = 2.0


def bus_pid(bus, name):
    try:
        reply = bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                              'GetConnectionUnixProcessID', GLib.Variant('(s)', (name,)),
                              GLib.VariantType('(u)'), Gio.DBusCallFlags.NONE, -1, None)
        return reply.unpack()[0]
    except GLib.Error:
        return None


def memory_kib(pid, key):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith(key + ':'):
                return int(line.split()[1])
    raise RuntimeError(f'no {key} for {pid}')


def stop(bus, name):
    pid = bus_pid(bus, name)
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while bus_pid(bus, name) is not None and time.monotonic() < deadline:
        time.sleep(0.05)


def one_search(bus, name, path, search):
    start = time.monotonic()
    reply = bus.call_sync(name, path, 'org.gnome.Shell.SearchProvider2', 'GetInitialResultSet',
                          GLib.Variant('(as)', (search.split(),)), GLib.VariantType('(as)'),
                          Gio.DBusCallFlags.NONE, 30000, None)
    elapsed = (time.monotonic() - start) * 1000
    if not reply.unpack()[0]:
        raise RuntimeError(f'{name} found nothing for {search!r}')
    pid = bus_pid(bus, name)
    rss = memory_kib(pid, 'VmRSS')
    time.sleep(IDLE)
    hwm = memory_kib(pid, 'VmHWM')
    return elapsed, rss, hwm


def main(rounds, providers):
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    results = {label: [] for _, _, _, label in providers}
    for r in range(rounds):
        for name, path, search, label in providers:
            stop(bus, name)
            # Let the page cache and the machine settle as between searches.
            time.sleep(0.5)
            results[label].append(one_search(bus, name, path, search))
            ms, rss, hwm = results[label][-1]
            print(f'round {r + 1} {label}: {ms:.0f} ms, RSS {rss / 1024:.1f} MB, peak {hwm / 1024:.1f} MB',
                  flush=True)
        for name, _, _, _ in providers:
            stop(bus, name)

    print()
    print(f'| provider | cold answer, ms (min–max, median of {rounds}) | RSS after answering, MB | peak RSS, MB |')
    print('| -------- | ---------------- | ------- | ------- |')
    for label, rows in results.items():
        ms = [row[0] for row in rows]
        rss = [row[1] / 1024 for row in rows]
        hwm = [row[2] / 1024 for row in rows]
        print(f'| {label} | {min(ms):.0f}–{max(ms):.0f} ({statistics.median(ms):.0f}) '
              f'| {statistics.median(rss):.1f} | {max(hwm):.1f} |')
    return results


if __name__ == '__main__':
    rounds = int(sys.argv[1])
    providers = [tuple(arg.split(':', 3)) for arg in sys.argv[2:]]
    main(rounds, providers)
