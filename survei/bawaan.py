"""The three questionnaires the portal ships with (version 1 of each), as plain data.

Written for this portal from the aspects in ZI-DOMAIN.md; SKM follows the nine
elements of Permenpan RB 14/2017. Used by the data migration that installs them.
"""

SPKP = [
    (
        "P1",
        "Informasi tentang pelayanan (persyaratan, prosedur, waktu, biaya) mudah diperoleh.",
        "Information about the service (requirements, procedure, time, fees) is easy to find.",
    ),
    (
        "P2",
        "Persyaratan yang diminta sesuai dengan yang diumumkan.",
        "The requirements asked of me matched the published ones.",
    ),
    ("P3", "Prosedur pelayanan mudah diikuti.", "The service procedure is easy to follow."),
    (
        "P4",
        "Pelayanan selesai dalam waktu yang dijanjikan.",
        "The service was completed within the promised time.",
    ),
    (
        "P5",
        "Biaya yang saya bayar sesuai dengan yang diumumkan (atau memang gratis).",
        "What I paid matched the published fee (or the service was truly free).",
    ),
    (
        "P6",
        "Sarana, prasarana dan sistem daring pelayanan memadai.",
        "The facilities and the online service system are adequate.",
    ),
    (
        "P7",
        "Petugas cepat tanggap, ramah dan membantu.",
        "Staff were responsive, courteous and helpful.",
    ),
    (
        "P8",
        "Tersedia saluran pengaduan dan konsultasi yang mudah digunakan.",
        "Complaint and consultation channels exist and are easy to use.",
    ),
]

SPAK = [
    (
        "A1",
        "Petugas melayani semua orang sama, tanpa membeda-bedakan.",
        "Staff serve everyone equally, without discrimination.",
    ),
    (
        "A2",
        "Tidak ada pelayanan di luar prosedur atau kecurangan.",
        "There is no service outside the procedure and no cheating.",
    ),
    (
        "A3",
        "Petugas tidak meminta imbalan, uang atau hadiah.",
        "Staff do not ask for rewards, money or gifts.",
    ),
    ("A4", "Tidak ada pungutan liar (pungli).", "There are no illegal levies (pungli)."),
    (
        "A5",
        "Tidak ada calo atau perantara dalam pelayanan.",
        "There are no brokers (calo) or middlemen in the service.",
    ),
]

SKM = [
    (
        "U1",
        "Kesesuaian persyaratan pelayanan dengan jenis pelayanannya.",
        "How well the requirements fit the type of service.",
    ),
    ("U2", "Kemudahan prosedur pelayanan.", "How easy the service procedure is."),
    ("U3", "Kecepatan waktu pelayanan.", "How quickly the service was delivered."),
    ("U4", "Kewajaran biaya/tarif pelayanan.", "How fair the fee or tariff is."),
    (
        "U5",
        "Kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan.",
        "How well the result matched what the service standard promises.",
    ),
    ("U6", "Kompetensi petugas dalam memberikan pelayanan.", "How competent the staff were."),
    (
        "U7",
        "Perilaku petugas: kesopanan dan keramahan.",
        "Staff behaviour: politeness and friendliness.",
    ),
    (
        "U8",
        "Penanganan pengaduan, saran dan masukan.",
        "How complaints, suggestions and feedback are handled.",
    ),
    ("U9", "Kualitas sarana dan prasarana.", "The quality of the facilities."),
]

# jenis -> (order, scale max, note, items). SPKP/SPAK on 1-6 as units run them
# since 2023; SKM on 1-4 as the regulation prescribes.
KUESIONER = {
    "spkp": (
        1,
        6,
        "Skala 1-6; indeks 0-4 = rata-rata × 4 / 6 (konversi resmi tidak diterbitkan).",
        SPKP,
    ),
    "spak": (
        2,
        6,
        "Skala 1-6; indeks 0-4 = rata-rata × 4 / 6 (konversi resmi tidak diterbitkan).",
        SPAK,
    ),
    "skm": (3, 4, "Permenpan RB 14/2017: IKM = Σ NRR × 1/9; nilai = IKM × 25.", SKM),
}


def pasang(Kuesioner, KuesionerVersi, Butir, now) -> None:
    """Create version 1 of each questionnaire if it does not exist yet."""
    for jenis, (urutan, skala, catatan, butir) in KUESIONER.items():
        kuesioner, _ = Kuesioner.objects.get_or_create(jenis=jenis, defaults={"urutan": urutan})
        if kuesioner.versi.exists():
            continue
        versi = KuesionerVersi.objects.create(
            kuesioner=kuesioner,
            nomor=1,
            status="terbit",
            skala_maks=skala,
            catatan=catatan,
            diterbitkan_pada=now,
        )
        for i, (kode, teks_id, teks_en) in enumerate(butir, start=1):
            Butir.objects.create(versi=versi, urutan=i, kode=kode, teks_id=teks_id, teks_en=teks_en)


def pastikan_ada() -> None:
    """Install version 1 of each questionnaire with the real models if missing (the
    data migrations do this once; a flushed test database or a demo needs it again),
    the internal staff survey included."""
    from django.utils import timezone

    from survei.internal.bawaan import pasang as pasang_internal
    from survei.models import Butir, Kuesioner, KuesionerVersi

    pasang(Kuesioner, KuesionerVersi, Butir, timezone.now())
    pasang_internal(Kuesioner, KuesionerVersi, Butir, timezone.now())
