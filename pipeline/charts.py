"""Charts shared by the HTML report and the notebook, with Korean text in a real Korean font.

The font is NanumGothic from the koreanize-matplotlib package (a project dependency, so
every install has it, offline). Its module is not imported: it sets fonts as a side
effect and imports distutils; only its bundled font files are used.

Figures are built with matplotlib's object API (no pyplot), so building one never
opens a window or changes the notebook's backend; `to_svg` embeds one in HTML.
"""
from __future__ import annotations

import importlib.util
import io
import math
from functools import lru_cache
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from extractors.statutes import short_law
from pipeline.findings import period_months
from pipeline.terminal import printable

FONT_FILE = "NanumGothic.ttf"
NO_DATA = "데이터 없음 (no rows)"
SEVERITY_COLORS = {"error": "#c0392b", "warning": "#e67e22", "info": "#5d8aa8"}


@lru_cache(maxsize=1)
def korean_font_path() -> Path:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("koreanize-matplotlib is not installed: reinstall the project (pip install -e .)")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.is_file():
        raise RuntimeError(f"Korean font missing: {path}")
    return path


@lru_cache(maxsize=1)
def use_korean_font() -> str:
    """Register NanumGothic with matplotlib and make it the default family; returns the family name."""
    path = korean_font_path()
    for ttf in path.parent.glob("*.ttf"):
        font_manager.fontManager.addfont(str(ttf))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.family"] = name
    matplotlib.rcParams["axes.unicode_minus"] = False  # NanumGothic has no U+2212 minus glyph
    # Labels are organization and processor names: "$" in one is text, never TeX math.
    matplotlib.rcParams["text.parse_math"] = False
    return name


def _figure(width: float, height: float) -> Figure:
    use_korean_font()
    return Figure(figsize=(width, height), layout="constrained")


def _no_data(title: str) -> Figure:
    fig = _figure(6, 1.6)
    ax = fig.add_subplot()
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.5, NO_DATA, ha="center", va="center", color="#777777")
    ax.set_axis_off()
    return fig


def to_svg(fig: Figure) -> str:
    """The figure as an inline <svg> element; text is drawn as paths, so no font is needed to view it."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        fig.savefig(buffer, format="svg", bbox_inches="tight")
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


def to_png(fig: Figure, dpi: int = 110) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


def items_heatmap(matrix: pd.DataFrame, title: str = "기관별 수집 항목 분류 (항목 수)") -> Figure:
    """Organizations (rows) × item categories (columns), each cell the number of distinct items."""
    if matrix.empty:
        return _no_data(title)
    n_rows, n_cols = matrix.shape
    fig = _figure(max(6.0, 1.2 + 0.55 * n_cols), max(2.5, 1.4 + 0.28 * n_rows))
    ax = fig.add_subplot()
    image = ax.imshow(matrix.to_numpy(), aspect="auto", cmap="Blues")
    ax.set_xticks(range(n_cols), [_label(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(n_rows), [_label(i) for i in matrix.index])
    high = matrix.to_numpy().max()
    for (r, c), value in pd.DataFrame(matrix.to_numpy()).stack().items():
        if value:
            ax.text(c, r, str(value), ha="center", va="center", fontsize=7,
                    color="white" if value > high * 0.6 else "black")
    ax.set_title(title, loc="left")
    fig.colorbar(image, ax=ax, shrink=0.6, label="항목 수")
    return fig


def retention_chart(matches: pd.DataFrame,
                    title: str = "법령별 보유기간: 기관이 밝힌 기간(점)과 법정 기간(빨간 선, 폐지 조항은 회색)") -> Figure:
    """One line per statutory (law, record): dots at the periods organizations state, sized by how many;
    a red bar at the statutory period. `matches` is compare.retention_matches()."""
    matched = matches[matches["statute_iso"].notna() & matches["period_months"].notna()] if len(matches) else matches
    if matched.empty:
        return _no_data(title)

    groups = (matched.groupby(["reference_order", "law", "record", "statute_iso", "statute"], dropna=False)
              .apply(lambda g: g.groupby("period_months")["org"].nunique(), include_groups=False))
    lines = sorted({k[:5] for k in groups.index}, reverse=True)
    fig = _figure(9, max(2.5, 1.2 + 0.42 * len(lines)))
    ax = fig.add_subplot()
    for y, key in enumerate(lines):
        counts = groups.loc[key]
        ax.scatter(counts.index, [y] * len(counts), s=[40 + 25 * n for n in counts.values],
                   color="#2c7fb8", alpha=0.75, zorder=3)
        for months, n in counts.items():
            ax.annotate(f"{n}곳", (months, y), textcoords="offset points", xytext=(11, 5), fontsize=7)
        repealed = "폐지" in key[4]
        ax.plot([period_months(key[3])] * 2, [y - 0.3, y + 0.3], color="#999999" if repealed else "#d7301f",
                linewidth=2.5, zorder=2)
    labels = [f"{short_law(law)}: {_label(record, 26)}" + (" (폐지)" if "폐지" in statute else "")
              for _, law, record, _, statute in lines]
    ax.set_yticks(range(len(lines)), labels)
    ax.set_xscale("log")
    ticks = [0.25, 1, 3, 6, 12, 36, 60, 120]
    ax.set_xticks(ticks, ["1주", "1개월", "3개월", "6개월", "1년", "3년", "5년", "10년"])
    ax.minorticks_off()
    low, high = matched["period_months"].min(), matched["period_months"].max()
    ax.set_xlim(min(low, 1) / 1.6, max(high, 120) * 1.6)
    ax.set_ylim(-0.7, len(lines) - 0.3)
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_title(title, loc="left")
    return fig


def top_bar(frame: pd.DataFrame, label: str, title: str, value: str = "orgs", n: int = 15,
            color: str = "#41ab5d") -> Figure:
    """The n most frequent rows of a compare table as horizontal bars (most frequent on top)."""
    if frame.empty:
        return _no_data(title)
    top = frame.nlargest(n, value, keep="first").iloc[::-1]
    fig = _figure(8, max(2.2, 0.9 + 0.3 * len(top)))
    ax = fig.add_subplot()
    ax.barh([_label(v, 34) for v in top[label]], top[value], color=color)
    ax.set_xlabel("기관 수")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title, loc="left")
    return fig


def findings_chart(findings: pd.DataFrame, title: str = "기관별 점검 결과 (심각도별 건수)") -> Figure:
    """Findings per organization, stacked by severity. `findings` is compare.findings_list()."""
    if findings.empty:
        return _no_data(title)
    counts = (findings.pivot_table(index="org", columns="severity", values="check", aggfunc="count", fill_value=0)
              .reindex(columns=list(SEVERITY_COLORS), fill_value=0))
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    fig = _figure(8, max(2.5, 1.0 + 0.28 * len(counts)))
    ax = fig.add_subplot()
    left = pd.Series(0, index=counts.index)
    for severity, color in SEVERITY_COLORS.items():
        if counts[severity].any():
            ax.barh([_label(i) for i in counts.index], counts[severity], left=left, color=color, label=severity)
            left = left + counts[severity]
    ax.set_xlabel("건수")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max(1, math.ceil(left.max() * 1.05)))
    ax.legend(loc="lower right", frameon=False)
    ax.set_title(title, loc="left")
    return fig


def _label(value, limit: int | None = None) -> str:
    """A name from a policy as a chart label: control characters out (no glyph), cut at `limit`."""
    text = printable(str(value))
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"
