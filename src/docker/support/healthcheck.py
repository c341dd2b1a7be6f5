"""Exec-form health probe for images without a shell or curl.

    python3.11 -I /app/healthcheck.py http://127.0.0.1:8000/health

Exit 0 on a 2xx answer within the timeout, 1 otherwise (with the reason on stderr), as Docker's
HEALTHCHECK and Compose's `healthcheck.test` expect.
"""

import sys
import urllib.error
import urllib.request


def probe(url: str, timeout: float = 3.0) -> tuple[bool, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - our own loopback URL
            return 200 <= response.status < 300, f"HTTP {response.status}"
    except urllib.error.HTTPError as exc:
        body = exc.read(300).decode("utf-8", "replace")
        return False, f"HTTP {exc.code}: {body}"
    except OSError as exc:
        return False, str(exc)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: healthcheck.py URL", file=sys.stderr)
        return 2
    ok, detail = probe(argv[0])
    if not ok:
        print(f"unhealthy: {argv[0]}: {detail}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
