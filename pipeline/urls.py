"""URL safety helpers shared by `fetch` (which sends requests) and `run` (which stores URLs).

Kept free of heavy imports: `run` uses them on every start.
"""
from __future__ import annotations

import ipaddress
from urllib.parse import unquote, urlsplit, urlunsplit


def split_userinfo(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without its `user:password@` part, and that (user, password) pair if there was one."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host_port = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host_port)), (unquote(user), unquote(password))


def without_userinfo(url: str | None) -> str | None:
    """The URL fit to store or print: credentials removed."""
    return split_userinfo(url)[0] if url else url


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified addresses
    (also when written as IPv4-mapped IPv6, ::ffff:127.0.0.1)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
