import datetime

import factory

from satker.models import Instansi, Pengguna, Peran, Satker


class InstansiFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Instansi
        django_get_or_create = ("kode",)

    kode = "kemenkumham"
    nama = "Kementerian Hukum dan HAM"


class KanwilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Satker

    kode = factory.Sequence(lambda n: f"kanwil-{n}")
    nama = factory.Sequence(lambda n: f"Kantor Wilayah {n}")
    jenis = Satker.Jenis.KANWIL
    instansi = factory.SubFactory(InstansiFactory)


class SatkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Satker

    kode = factory.Sequence(lambda n: f"satker-{n}")
    nama = factory.Sequence(lambda n: f"Rumah Tahanan Negara {n}")
    jenis = Satker.Jenis.RUTAN
    induk = factory.SubFactory(KanwilFactory)
    instansi = factory.SelfAttribute("induk.instansi")


class PenggunaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pengguna
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@contoh.go.id")
    first_name = factory.Sequence(lambda n: f"Pengguna {n}")
    password = factory.PostGenerationMethodCall("set_password", "rahasia-uji-123")

    @factory.post_generation
    def simpan(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class PeranFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Peran

    pengguna = factory.SubFactory(PenggunaFactory)
    jenis = Peran.Jenis.OPERATOR
    satker = factory.SubFactory(SatkerFactory)


def _versi_bawaan():
    from penilaian.models import InstrumenVersi

    return InstrumenVersi.objects.get(kode="permenpan-rb-90-2021")


class PeriodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "penilaian.Periode"
        django_get_or_create = ("kanwil", "tahun")

    kanwil = factory.SubFactory(KanwilFactory)
    tahun = 2026
    versi = factory.LazyFunction(_versi_bawaan)
    batas_mandiri = factory.LazyFunction(lambda: datetime.date(2026, 3, 31))
    batas_reviu = factory.LazyFunction(lambda: datetime.date(2026, 4, 30))
    tanggal_usulan = factory.LazyAttribute(lambda o: datetime.date(o.tahun, 5, 31))
    survei_mulai = factory.LazyAttribute(lambda o: datetime.date(o.tahun, 1, 1))
    survei_selesai = factory.LazyAttribute(lambda o: o.tanggal_usulan)
    dibuat_oleh = factory.SubFactory(PenggunaFactory)


class PenilaianFactory(factory.django.DjangoModelFactory):
    """An assessment of a unit; its period belongs to the unit's Kanwil by default."""

    class Meta:
        model = "penilaian.Penilaian"

    satker = factory.SubFactory(SatkerFactory)
    periode = factory.LazyAttribute(lambda o: PeriodeFactory(kanwil=o.satker.induk))
