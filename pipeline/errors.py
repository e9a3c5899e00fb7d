import sys


class UserError(Exception):
    """An error caused by the user's input: printed as one line, never as a traceback."""


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (library messages run on with hints and dumps)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def os_reason(exc: OSError) -> str:
    """What went wrong, as the OS says it (`No space left on device`), else the exception's text."""
    return exc.strerror or str(exc)


def warn(message: str) -> None:
    """A one-line warning on stderr: the run goes on."""
    print(f"policy-extract: warning: {message}", file=sys.stderr)
