"""`policy-extract` command line: one subcommand per user task.

Each subcommand lives in its own module with `add_arguments(parser)` and
`main(args) -> exit code`; modules are imported only when their command runs,
so `policy-extract --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from pipeline import __version__
from pipeline.errors import UserError

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
    args = build_parser(argv).parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"policy-extract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("policy-extract: interrupted; previous output left unchanged", file=sys.stderr)
        return 130
