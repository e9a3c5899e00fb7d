"""`policy-extract` command line: one subcommand per user task."""
from __future__ import annotations

import argparse
import sys

from pipeline import __version__
from pipeline.errors import UserError


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import run_command

    return run_command(args)


def _cmd_show(args: argparse.Namespace) -> int:
    from pipeline.show import show_command

    return show_command(args)


def _cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import eval_command

    return eval_command(args)


def _cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch import main as fetch_main

    return fetch_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-extract",
        description="Extract collected items, retention periods, processors and third parties "
        "from Korean privacy policies into Parquet tables.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="extract a folder of policy pages into Parquet tables")
    run.add_argument("inputs", nargs="*", default=["data/raw"], metavar="INPUT",
                     help="files, folders or glob patterns (default: data/raw)")
    run.add_argument("--out", default="data/parquet", help="output folder (default: data/parquet)")
    run.add_argument("--strict", action="store_true",
                     help="exit with status 1 when any document ends with status 'error'")
    run.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    run.set_defaults(func=_cmd_run)

    show = sub.add_parser("show", help="print one document's sections, categories and tables")
    show.add_argument("document", metavar="DOC_ID_OR_PATH")
    show.add_argument("--raw-dir", default="data/raw", help="where to look up a doc_id (default: data/raw)")
    show.add_argument("--text", action="store_true", help="also print each section's text")
    show.set_defaults(func=_cmd_show)

    ev = sub.add_parser("eval", help="score extracted tables against gold annotations")
    ev.add_argument("--gold", required=True, help="folder of gold JSON files")
    ev.add_argument("--pred", required=True, help="folder written by `policy-extract run`")
    ev.add_argument("--show", action="store_true", help="list misses and false positives per document")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(func=_cmd_eval)

    fetch = sub.add_parser("fetch", help="download a list of policy URLs into a raw folder")
    try:
        from pipeline.fetch import add_arguments as add_fetch_arguments
    except ImportError:  # fetch not built yet
        add_fetch_arguments = None
    if add_fetch_arguments is not None:
        add_fetch_arguments(fetch)
    fetch.set_defaults(func=_cmd_fetch)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"policy-extract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("policy-extract: interrupted; previous output left unchanged", file=sys.stderr)
        return 130
