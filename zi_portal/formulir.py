"""Small helpers shared by views that bind a form and call a service."""

from django.core.exceptions import ValidationError


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
