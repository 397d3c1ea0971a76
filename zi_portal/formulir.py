"""Small helpers shared by views that bind a form and call a service."""

from django.core.exceptions import BadRequest, ValidationError
from django.utils.translation import gettext_lazy as _


def tempel_kesalahan(form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field if the form has it,
    otherwise at the top of the form."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for error in errors:
                form.add_error(target, error)
    else:
        form.add_error(None, exc)


PESAN_PARAMETER_ANGKA = _(
    "Parameter “%(nama)s” harus bilangan bulat antara %(minimum)s dan %(maksimum)s."
)


def angka_parameter(data, nama: str, *, bawaan: int, minimum: int, maksimum: int) -> int:
    """An integer query parameter (`request.GET`) within [minimum, maksimum]; `bawaan`
    when absent or empty. Anything else (text, -1 for a year, 10**30) is a 400 with a
    message, never an error deeper down (a date out of range, a database overflow)."""
    teks = (data.get(nama) or "").strip()
    if not teks:
        return bawaan
    nilai = (
        int(teks)
        if len(teks) <= 12 and teks.lstrip("-").isascii() and teks.lstrip("-").isdigit()
        else None
    )
    if nilai is None or not minimum <= nilai <= maksimum:
        raise BadRequest(
            PESAN_PARAMETER_ANGKA % {"nama": nama, "minimum": minimum, "maksimum": maksimum}
        )
    return nilai
