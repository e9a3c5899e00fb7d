"""Cost of hostile inputs (tests/hostile.py) at growing sizes: CPU seconds and peak RSS per document.

    python bench/hostile.py [--sizes 50,100,200,400] [--shapes minified_page,span_bomb] [--timeout 120]
    python bench/hostile.py --profile one_line_paragraph --sizes 100

Each document runs through `pipeline.process.process_input` in a fresh child process (after a warm-up
document, so start-up is not counted). Linear work shows as CPU doubling with the size; the last
column is the CPU ratio between the largest and the smallest size, divided by their size ratio
(about 1 when linear, growing with the size ratio when quadratic).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import SHAPES, measure, write  # noqa: E402


def _cell(m: dict) -> str:
    if m.get("killed"):
        return m["killed"].replace("killed: ", "killed ")
    status = "" if m["status"] == "ok" else f" {m['status']}"
    return f"{m['cpu']:7.2f}s {m['rss_mb']:5.0f}MB{status}"


def profile(shape: str, size: int) -> None:
    from pyinstrument import Profiler

    from pipeline.ingest import RawInput, input_format
    from pipeline.process import process_input

    with tempfile.TemporaryDirectory() as tmp:
        path = write(shape, size, Path(tmp))
        profiler = Profiler()
        with profiler:
            process_input(RawInput(path.stem, path, input_format(path)))
        print(profiler.output_text(unicode=True, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="50,100,200,400", help="sizes in KB (default: 50,100,200,400)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes (default: all)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    parser.add_argument("--profile", metavar="SHAPE", help="profile one shape at the first size with pyinstrument")
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    if args.profile:
        profile(args.profile, sizes[0])
        return
    print(f"{'input':<20}" + "".join(f"{s // 1000:>16} KB" for s in sizes) + "   growth")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes.split(","):
            results = []
            for size in sizes:
                [m] = measure([write(shape, size, Path(tmp))], timeout=args.timeout)
                results.append(m)
                if m.get("killed"):
                    break
            cells = [_cell(m) for m in results] + [""] * (len(sizes) - len(results))
            first, last = results[0], results[-1]
            growth = ""
            if len(results) == len(sizes) > 1 and not last.get("killed") and first["cpu"] > 0:
                growth = f"{last['cpu'] / first['cpu'] / (sizes[-1] / sizes[0]):.1f}"
            print(f"{shape:<20}" + "".join(f"{c:>19}" for c in cells) + f"   {growth}", flush=True)


if __name__ == "__main__":
    main()
