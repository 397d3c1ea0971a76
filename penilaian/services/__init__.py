"""Writes of the `penilaian` app, one module per concern (see penilaian/models)."""
