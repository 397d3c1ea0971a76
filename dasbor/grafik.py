"""Chart data (plain JSON for chart.js) built from the rows the tables show, so a chart
and its accessible table always carry the same numbers (rounded as displayed)."""

from dasbor import status as st


def _angka(x) -> float | None:
    return None if x is None else float(st.bulat(x))


def grafik_total(baris) -> dict:
    """Bars: self-assessment and latest evaluator total per unit; lines at 75 and 85."""
    return {
        "label": [b.satker.nama for b in baris],
        "mandiri": [_angka(b.mandiri.total) if b.mandiri else None for b in baris],
        "evaluator": [_angka(b.evaluator.total) if b.evaluator else None for b in baris],
        "garis": {"WBK": 75, "WBBM": 85},
    }


def grafik_tren(baris) -> dict:
    """One line per unit: the official total of each year, with its predicate status."""
    tahun = sorted({t for b in baris for t, _total, _s in b.tren})
    seri = []
    for b in baris:
        per_tahun = {t: (total, s) for t, total, s in b.tren}
        seri.append(
            {
                "label": b.satker.nama,
                "data": [_angka(per_tahun[t][0]) if t in per_tahun else None for t in tahun],
                "status": [
                    str(st.STATUS_PREDIKAT[per_tahun[t][1]]) if t in per_tahun else ""
                    for t in tahun
                ],
            }
        )
    return {"tahun": tahun, "seri": seri}


def tabel_tren(data: dict) -> list:
    """Rows [(unit, [(total, status) per year])] of the trend chart for its table."""
    return [(s["label"], list(zip(s["data"], s["status"], strict=True))) for s in data["seri"]]


def grafik_tahun_lalu(rincian) -> dict:
    """Unit page: area shares per year (one line per year) for the year-over-year chart."""
    return {
        "label": [
            f"{no}. {nama}" for no, nama in (rincian.meta.nama_area.items() if rincian.meta else [])
        ],
        "seri": [
            {"label": str(tahun), "data": [_angka(v) for v in persen.values()]}
            for tahun, persen, _total, _s in rincian.tahun_lalu
        ],
    }
