#!/usr/bin/python3
"""A development and test SMTP server that keeps every message it accepts as files.

    /usr/bin/python3 scripts/smtp_sink.py --port 52525 --dir .data/mail [--reject REGEX] [--defer REGEX]

Needs Debian's python3-aiosmtpd (scripts/services.sh installs it). Listens on 127.0.0.1 only and
accepts any sender and recipient without authentication. Each accepted message is written once per
recipient under <dir>/<recipient, lower case>/, as <stamp>.eml (the raw message) and <stamp>.json
(envelope, headers, subject and both bodies already decoded), so a test reads only its own
recipient's folder and needs no MIME parser. Files are written under a temporary name and renamed,
so a reader never sees half a message.

Failure injection for tests: a recipient matching --reject is refused with 550 (a permanent failure),
one matching --defer with 451 (a transient one). Both are matched against the lower-cased address.
"""

import argparse
import email
import email.policy
import itertools
import json
import os
import re
import signal
import socket
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

_counter = itertools.count(1)


def _folder_name(address):
    # One folder per recipient; anything outside a safe set becomes '_' so an address can never escape the directory.
    return re.sub(r"[^a-z0-9@._+-]", "_", address.lower())[:200] or "_"


def _bodies(message):
    text = html = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        content_type = part.get_content_type()
        if content_type == "text/plain" and text is None:
            text = part.get_content()
        elif content_type == "text/html" and html is None:
            html = part.get_content()
    return text, html


def _write_atomically(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)


class SinkHandler:
    def __init__(self, directory, reject, defer):
        self.directory = directory
        self.reject = re.compile(reject) if reject else None
        self.defer = re.compile(defer) if defer else None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        lowered = address.lower()
        if self.reject and self.reject.search(lowered):
            return "550 5.1.1 Mailbox unavailable (rejected by the sink's --reject rule)"
        if self.defer and self.defer.search(lowered):
            return "451 4.3.0 Try again later (deferred by the sink's --defer rule)"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text, html = _bodies(message)
        stamp = f"{time.time_ns():020d}-{os.getpid()}-{next(_counter):06d}"
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "receivedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "messageId": message.get("Message-ID"),
            "subject": message.get("Subject"),
            "from": message.get("From"),
            "to": message.get("To"),
            "contentType": message.get_content_type(),
            "headers": [[name, str(value)] for name, value in message.items()],
            "text": text,
            "html": html,
        }
        encoded = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
        for recipient in envelope.rcpt_tos:
            folder = os.path.join(self.directory, _folder_name(recipient))
            os.makedirs(folder, exist_ok=True)
            base = os.path.join(folder, stamp)
            _write_atomically(base + ".eml", raw)
            _write_atomically(base + ".json", encoded)
        return "250 Message accepted for delivery"


class QuickAckSMTP(SMTP):
    """Acknowledges every segment at once (TCP_QUICKACK, which Linux clears again after use, so it is set per read).

    Some clients (System.Net.Mail) write a message's end in a separate small segment; with Nagle on the client and a delayed ACK here,
    each message would wait ~40 ms for nothing, and tests and throughput measurements would mostly measure that.
    """

    def data_received(self, data):
        sock = self.transport.get_extra_info("socket") if self.transport else None
        if sock is not None and hasattr(socket, "TCP_QUICKACK"):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            except OSError:
                pass
        super().data_received(data)


class QuickAckController(Controller):
    def factory(self):
        return QuickAckSMTP(self.handler, **self.SMTP_kwargs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reject", default="", help="regex; matching recipients get 550")
    parser.add_argument("--defer", default="", help="regex; matching recipients get 451")
    arguments = parser.parse_args()

    os.makedirs(arguments.dir, exist_ok=True)
    handler = SinkHandler(os.path.abspath(arguments.dir), arguments.reject, arguments.defer)
    # decode_data=False keeps the bytes as sent; 32 MiB is far above anything the application sends.
    controller = QuickAckController(handler, hostname="127.0.0.1", port=arguments.port, decode_data=False, data_size_limit=32 * 1024 * 1024)
    controller.start()
    print(f"smtp sink listening on 127.0.0.1:{arguments.port}, storing in {handler.directory}", flush=True)

    # The server runs on the controller's thread; this one only waits for SIGTERM/SIGINT to stop it cleanly.
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    signal.signal(signal.SIGINT, lambda *_: (controller.stop(), sys.exit(0)))
    while True:
        signal.pause()


if __name__ == "__main__":
    main()
