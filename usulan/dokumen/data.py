"""What the documents print, as plain frozen data gathered by usulan.selectors. Scores
stay exact here (whatever the scoring selectors hand over); they are rounded only when
written (usulan.naskah.ejaan.angka)."""

import datetime
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class DataKop:
    """A Kanwil's letterhead and head, and the names the letters use in sentences."""

    instansi: str  # letterhead line 1 (capitals)
    nama_kantor: str  # letterhead line 2 (capitals)
    alamat: str
    telepon: str
    email: str
    laman: str
    kota: str
    jabatan_kepala: str
    nama_kepala: str
    nip_kepala: str
    nama_tpi: str
    nama_kanwil: str  # the Kanwil as named in sentences
    nama_instansi: str  # the ministry as named in sentences

    def ke_json(self) -> dict:
        return asdict(self)

    @classmethod
    def dari_json(cls, data: dict) -> "DataKop":
        return cls(**{k: data.get(k, "") for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class NilaiUnit:
    """One unit's official figures in a list of units (statement, proposal)."""

    nama: str
    predikat: str  # WBK | WBBM: proposed, or aimed for
    penilai: str  # the layer whose finished score this is, as printed
    total: object
    pengungkit: object
    hasil: object
    selesai_pada: datetime.datetime | None = None


@dataclass(frozen=True)
class DataLayak:
    kop: DataKop
    tahun: int
    unit: tuple[NilaiUnit, ...]


@dataclass(frozen=True)
class DataPengajuan:
    kop: DataKop
    tahun: int
    unit: tuple[NilaiUnit, ...]
    nomor: str  # "" until the office numbers the letter
    tanggal: datetime.date | None
    penandatangan_nama: str
    penandatangan_jabatan: str
    penandatangan_nip: str


@dataclass(frozen=True)
class BarisArea:
    no: str
    nama: str
    bobot: object
    pemenuhan: object
    reform: object
    nilai: object
    persen: object


@dataclass(frozen=True)
class BarisHasil:
    uraian: str
    bobot: object
    nilai: object
    rinci: bool = False  # a part of the line above


@dataclass(frozen=True)
class Kriteria:
    """One row of Tabel 6 for the predicate aimed for."""

    label: str
    syarat: object
    nilai: object
    memenuhi: bool
    celah: object = None
    digit: int = 2


@dataclass(frozen=True)
class Prasyarat:
    label: str
    syarat: str
    nilai: str
    memenuhi: bool


@dataclass(frozen=True)
class CatatanTeks:
    area: str  # "1. Manajemen Perubahan"
    catatan: str
    rekomendasi: str


@dataclass(frozen=True)
class DataLaporan:
    """One finished evaluator layer of one unit: for its report and its Berita Acara."""

    kop: DataKop
    tahun: int
    unit: str
    kepala_unit: str
    lapisan: str  # kanwil | tpi
    target: str  # WBK | WBBM
    memenuhi: bool
    total: object
    pengungkit: object
    hasil: object
    terjawab: int
    jumlah_pertanyaan: int
    area: tuple[BarisArea, ...]
    hasil_rinci: tuple[BarisHasil, ...]
    kriteria: tuple[Kriteria, ...]
    prasyarat: tuple[Prasyarat, ...]
    catatan: tuple[CatatanTeks, ...]
    evaluator: str
    selesai_pada: datetime.datetime
