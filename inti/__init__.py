"""Project-wide plain Python that every app may use and that knows no app and no Django:
the portal's one rounding rule (`inti.angka`). Apps import it; it imports none of them."""
