"""The documents of the evaluation, each a pure function from plain data (dokumen.data)
to a `Naskah` that usulan.naskah writes as DOCX and PDF:

- `layak`: Surat Pernyataan Layak Dievaluasi (the Kanwil to the TPI, 90/2021 Lampiran II);
- `laporan`: Laporan Hasil Evaluasi of one unit by one evaluator layer, and its Berita Acara;
- `pengajuan`: the 5/2024 Surat Pengajuan Evaluasi to KemenPAN-RB and its SPTJM.
"""
