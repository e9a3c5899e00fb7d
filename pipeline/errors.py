class UserError(Exception):
    """An error caused by the user's input: printed as one line, never as a traceback."""
