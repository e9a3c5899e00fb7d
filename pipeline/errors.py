class UserError(Exception):
    """An error caused by the user's input: printed as one line, never as a traceback."""


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (library messages run on with hints and dumps)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
