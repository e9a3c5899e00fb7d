"""`policy-extract` command line: one subcommand per user task.

Each subcommand lives in its own module with `add_arguments(parser)` and
`main(args) -> exit code`; modules are imported only when their command runs,
so `policy-extract --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import math
import sys

from pipeline import __version__
from pipeline.errors import UserError, os_reason

# name → (module, help)
COMMANDS = {
    "run": ("pipeline.run", "extract policy pages into Parquet tables"),
    "show": ("pipeline.show", "print one document's sections, categories and tables"),
    "eval": ("pipeline.evaluate", "score extracted tables against gold annotations"),
    "fetch": ("pipeline.fetch", "download a list of policy URLs into a raw folder"),
    "compare": ("pipeline.compare", "compare organizations: retention, items, processors"),
    "sql": ("pipeline.sql", "run a DuckDB SQL query over the tables"),
    "report": ("pipeline.report", "write a self-contained HTML report"),
}


def count(text: str) -> int:
    """An argument type: a whole number, 0 or more."""
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def seconds(text: str) -> float:
    """An argument type: a finite number of seconds, 0 or more."""
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise ValueError(text)
    return value


def positive_seconds(text: str) -> float:
    """An argument type: a finite number of seconds, more than 0."""
    value = seconds(text)
    if value == 0:
        raise ValueError(text)
    return value


# argparse names the type in its message: "invalid number of seconds value: 'nan'"
seconds.__name__ = positive_seconds.__name__ = "number of seconds"


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-extract",
        description="Extract collected items, retention periods, processors and third parties "
        "from Korean privacy policies into Parquet tables.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = next((a for a in argv if a in COMMANDS), None)
    for name, (module_name, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:  # only the command being run needs its module
            module = importlib.import_module(module_name)
            module.add_arguments(command)
            command.set_defaults(func=module.main)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A file name that is not UTF-8 reaches messages as surrogates: print them escaped, don't crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser(argv).parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"policy-extract: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the environment, not a bug: a full disk, a read-only folder, a vanished file
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"policy-extract: error: {where}{os_reason(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("policy-extract: interrupted; previous output left unchanged", file=sys.stderr)
        return 130
