"""The TOML reader: ``tomli`` when installed, else the standard ``tomllib``.

``tomli`` ships compiled wheels that parse about three to four times faster
than the pure-Python ``tomllib``; parsing the scenario library is most of
Samtale's start-up work, so it is a dependency on every Python version. Both
have the same API and raise the same kind of error.
"""

try:
    import tomli as tomllib
except ImportError:  # pragma: no cover - tomli is a dependency; this is a fallback
    import tomllib  # type: ignore[no-redef]

__all__ = ["tomllib"]
