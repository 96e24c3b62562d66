#!/usr/bin/env python3
"""The soak's misbehaving and ordinary clients beside chinwag-bench (scripts/soak.sh): history
queries, slow readers that never read, flooders, and clients that reconnect over and over.
Runs for the given seconds against 127.0.0.1:PORT and prints one SOAK line with its counts.
Their messages go to themselves (MSGIND to their own name): the bench counts any message in its
group or to everyone that it did not send as corrupt."""
import socket
import sys
import threading
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
end = time.monotonic() + seconds
counts = {"history_queries": 0, "history_errors": 0, "slow_readers": 0, "slow_readers_cut": 0,
          "floods": 0, "flooders_cut": 0, "reconnects": 0, "reconnect_errors": 0}
lock = threading.Lock()


def count(key, n=1):
    with lock:
        counts[key] += n


def connect(name):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(f"NAME {name}\n".encode())
    data = b""
    while b"OK NAME" not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("closed before OK NAME")
        data += chunk
    return s


def read_until(s, marker):
    data = b""
    while marker not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def historian():
    s = connect("soak-historian")
    n = 0
    while time.monotonic() < end:
        n += 1
        try:
            s.sendall(f"MSGIND soak-historian note {n}\n".encode())
            s.sendall(b"HISTORY @soak-historian LIMIT 50\n")
            read_until(s, b"OK HISTORY")
            count("history_queries")
        except OSError:
            count("history_errors")
            s = connect("soak-historian")
        time.sleep(0.5)


def slow_readers():
    n = 0
    while time.monotonic() < end:
        n += 1
        s = connect(f"soak-slow{n}")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        count("slow_readers")
        # Writes to itself and never reads: the server must cut it off once what waits for it
        # stops shrinking.
        deadline = time.monotonic() + 600
        cut = False
        line = f"MSGIND soak-slow{n} {'z' * 3000}\n".encode()
        s.setblocking(False)
        # Five 3 KB lines a second stay below flood control (10 lines, 16 KiB a second).
        while time.monotonic() < min(deadline, end) and not cut:
            time.sleep(0.2)
            try:
                s.send(line)
            except BlockingIOError:
                pass
            except OSError:
                cut = True
        if cut:
            count("slow_readers_cut")
        s.close()


def flooder():
    n = 0
    while time.monotonic() < end:
        n += 1
        try:
            s = connect(f"soak-flood{n}")
            count("floods")
            for i in range(2000):
                s.sendall(f"MSGIND soak-flood{n} flood {i}\n".encode())
        except OSError:
            count("flooders_cut")
        time.sleep(5)


def reconnector():
    n = 0
    while time.monotonic() < end:
        n += 1
        try:
            s = connect(f"soak-again{n % 50}")
            s.sendall(b"CLOSE\n")
            s.recv(65536)
            s.close()
            count("reconnects")
        except OSError:
            count("reconnect_errors")
        time.sleep(0.2)


threads = [threading.Thread(target=f, daemon=True)
           for f in (historian, slow_readers, flooder, reconnector)]
for t in threads:
    t.start()
while time.monotonic() < end:
    time.sleep(1)
print("SOAK " + " ".join(f"{k}={v}" for k, v in counts.items()), flush=True)
