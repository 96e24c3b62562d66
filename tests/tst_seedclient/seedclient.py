#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A client of Chinwag written the way the seed exercise's myclient.py is (../shared/seed): each
command goes out in one write, without a line end, and the next one only after a while, as a
person types it. It checks the server's replies and exits with 0, or with 1 and what was wrong.

    seedclient.py <host> <port>
"""
import socket
import sys

TIMEOUT_SECONDS = 10


class Replies:
    """The server's lines as they come, read until an expected one."""

    def __init__(self, connection):
        self.connection = connection
        self.pending = b""

    def until(self, prefix):
        """The lines up to and with the first that starts with prefix."""
        lines = []
        while True:
            while b"\n" in self.pending:
                line, self.pending = self.pending.split(b"\n", 1)
                lines.append(line.decode())
                if line.startswith(prefix.encode()):
                    return lines
            data = self.connection.recv(4096)
            if not data:
                raise AssertionError(f"the connection closed before {prefix!r}; got {lines}")
            self.pending += data


def expect(condition, what, lines):
    if not condition:
        raise AssertionError(f"{what}; got {lines}")


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    client = socket.create_connection((host, port), timeout=TIMEOUT_SECONDS)
    replies = Replies(client)

    # As myclient.py registers: one write, no line end.
    client.send("NAME jerry".encode())
    lines = replies.until("OK NAME")
    expect(lines[0].startswith("HELLO "), "no HELLO first", lines)
    expect(lines[-1] == "OK NAME jerry", "NAME was not read as one line", lines)

    # Then what the user types at the prompt, each read back before the next.
    client.send("LIST".encode())
    lines = replies.until("OK LIST")
    expect(lines == ["USER jerry HERE", "USER tom HERE", "OK LIST 2"], "LIST went wrong", lines)

    client.send("MSGALL hello from the seed".encode())
    lines = replies.until("OK MSGALL")
    expect(len(lines) == 1, "MSGALL went wrong", lines)

    client.send("CLOSE".encode())
    lines = replies.until("BYE")
    expect(lines == ["BYE CLOSED Goodbye, jerry"], "CLOSE went wrong", lines)
    client.close()
    print("the seed's client was served")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, OSError) as error:
        print(f"seedclient.py: {error}", file=sys.stderr)
        sys.exit(1)
