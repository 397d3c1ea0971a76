"""The default internal survey (version 1), as plain data.

This is the portal's own instrument, not one the regulation prescribes: Permenpan RB
90/2021 gives the LKE no staff survey and no weight for one. Each item restates, as
something staff can see at work, a question the unit answers in the LKE (Lampiran III,
the six change areas of the komponen pengungkit), and says which one in `sumber`. The
integrity items ask what only staff can tell: whether anyone asked them for, or offered
them, gratification, and whether they were pressed to bend a procedure.

Every item is worded so that agreeing is the good answer; on a 1-4 scale (no middle
option) the perception of an area is (mean - 1) / 3 as a percentage, so "all disagree"
is 0 % and "all strongly agree" 100 %, comparable with an LKE area's share of its weight.
"""

from survei.models import AreaButir

A = AreaButir

# (code, area, Indonesian text, English text, where it comes from)
BUTIR = [
    (
        "MP1",
        A.A1,
        "Saya mengetahui target pembangunan Zona Integritas (WBK/WBBM) unit kerja saya.",
        "I know the unit's targets for building the Integrity Zone (WBK/WBBM).",
        "LKE A.I.1.ii.b-c: target prioritas dan sosialisasi pembangunan ZI",
    ),
    (
        "MP2",
        A.A1,
        "Saya tahu siapa agen perubahan di unit saya dan mereka nyata memberi contoh.",
        "I know who the change agents in my unit are, and they really set an example.",
        "LKE A.I.1.iv.b: agen perubahan ditetapkan dan berkontribusi",
    ),
    (
        "MP3",
        A.A1,
        "Pimpinan unit memberi teladan integritas dalam pekerjaan sehari-hari.",
        "The head of the unit sets an example of integrity in daily work.",
        "LKE A.I.1.iv.a: pimpinan sebagai role model",
    ),
    (
        "MP4",
        A.A1,
        "Saya dilibatkan dalam pembangunan Zona Integritas dan usul pegawai didengar.",
        "I am involved in building the Integrity Zone and staff suggestions are heard.",
        "LKE A.I.1.iv.d: anggota organisasi terlibat, usulan diakomodasi",
    ),
    (
        "TL1",
        A.A2,
        "SOP pekerjaan saya tersedia dan saya tahu isinya.",
        "The SOPs for my work exist and I know what they say.",
        "LKE A.I.2.i.a-b: SOP kegiatan utama",
    ),
    (
        "TL2",
        A.A2,
        "SOP benar-benar dijalankan dalam praktik, bukan hanya di atas kertas.",
        "SOPs are really followed in practice, not only on paper.",
        "LKE A.I.2.i.b: SOP telah diterapkan",
    ),
    (
        "TL3",
        A.A2,
        "Aplikasi dan sistem elektronik dipakai dalam pekerjaan dan layanan sehari-hari.",
        "Applications and electronic systems are used in daily work and services.",
        "LKE A.I.2.ii.a-c: SPBE",
    ),
    (
        "TL4",
        A.A2,
        "Informasi tentang unit dan layanannya diumumkan terbuka dan mutakhir.",
        "Information about the unit and its services is published openly and kept current.",
        "LKE A.I.2.iii.a: keterbukaan informasi publik",
    ),
    (
        "SDM1",
        A.A3,
        "Penempatan dan mutasi pegawai di unit saya adil dan mengikuti aturan yang jelas.",
        "Postings and transfers in my unit are fair and follow clear rules.",
        "LKE A.I.3.ii.b: mutasi memperhatikan kompetensi dan pola mutasi",
    ),
    (
        "SDM2",
        A.A3,
        "Saya mendapat kesempatan yang sama untuk pelatihan dan pengembangan kompetensi.",
        "I get the same chance as others for training and skills development.",
        "LKE A.I.3.iii.d-e: kesempatan diklat dan pengembangan kompetensi",
    ),
    (
        "SDM3",
        A.A3,
        "Kinerja saya dinilai objektif dan hasilnya dipakai untuk penghargaan.",
        "My performance is assessed objectively and the result is used for rewards.",
        "LKE A.I.3.iv.c-d: pengukuran kinerja individu dan reward",
    ),
    (
        "SDM4",
        A.A3,
        "Aturan disiplin dan kode etik ditegakkan sama bagi semua pegawai.",
        "Discipline rules and the code of ethics are enforced equally for all staff.",
        "LKE A.I.3.v.a: penegakan aturan disiplin/kode etik",
    ),
    (
        "AK1",
        A.A4,
        "Saya tahu target kinerja unit dan target kinerja saya sendiri.",
        "I know the unit's performance targets and my own.",
        "LKE A.I.3.iv.a dan A.I.4.ii.c: kinerja individu terkait kinerja organisasi, IKU",
    ),
    (
        "AK2",
        A.A4,
        "Capaian kinerja dibahas bersama pimpinan secara berkala.",
        "Performance results are discussed with the head of the unit regularly.",
        "LKE A.I.4.i.c: pimpinan memantau pencapaian kinerja",
    ),
    (
        "AK3",
        A.A4,
        "Laporan kinerja unit menggambarkan keadaan yang sebenarnya.",
        "The unit's performance reports describe things as they really are.",
        "LKE A.I.4.ii.f: laporan kinerja memberi informasi tentang kinerja",
    ),
    (
        "PW1",
        A.A5,
        "Saya tahu aturan gratifikasi dan cara melaporkannya.",
        "I know the gratification rules and how to report gratification.",
        "LKE A.I.5.i.a-b: pengendalian gratifikasi",
    ),
    (
        "PW2",
        A.A5,
        "Saya tahu saluran pengaduan pelanggaran (whistleblowing) dan percaya pelapor dilindungi.",
        "I know the whistleblowing channel and trust that whistleblowers are protected.",
        "LKE A.I.5.iv.a: Whistle-Blowing System diterapkan",
    ),
    (
        "PW3",
        A.A5,
        "Benturan kepentingan dalam tugas dikenali dan ditangani di unit saya.",
        "Conflicts of interest at work are recognised and dealt with in my unit.",
        "LKE A.I.5.v.b-c: penanganan benturan kepentingan",
    ),
    (
        "PW4",
        A.A5,
        "Pengaduan masyarakat ditindaklanjuti dengan sungguh-sungguh.",
        "Complaints from the public are followed up seriously.",
        "LKE A.I.5.iii.b: pengaduan masyarakat ditindaklanjuti",
    ),
    (
        "PP1",
        A.A6,
        "Standar pelayanan diumumkan dan ditepati dalam praktik.",
        "Service standards are published and kept in practice.",
        "LKE A.I.6.i.b-d: standar dan maklumat pelayanan",
    ),
    (
        "PP2",
        A.A6,
        "Petugas layanan dibekali dan didorong untuk melayani dengan baik.",
        "Service staff are trained and encouraged to serve well.",
        "LKE A.I.6.ii.a: budaya pelayanan prima",
    ),
    (
        "PP3",
        A.A6,
        "Keluhan dan masukan pengguna layanan dipakai untuk memperbaiki layanan.",
        "Complaints and feedback from service users are used to improve the service.",
        "LKE A.I.6.iii.c dan A.I.6.iv.c: evaluasi pengaduan, tindak lanjut survei",
    ),
    (
        "IN1",
        A.INTEGRITAS,
        "Dalam 12 bulan terakhir tidak ada yang meminta atau menawari saya imbalan "
        "atau hadiah terkait pekerjaan saya.",
        "In the last 12 months nobody asked me for, or offered me, a reward or gift "
        "connected with my work.",
        "Instrumen portal; aspek SPAK 'tidak ada permintaan imbalan' dan LKE A.I.5.i",
    ),
    (
        "IN2",
        A.INTEGRITAS,
        "Dalam 12 bulan terakhir saya tidak pernah ditekan untuk melanggar atau "
        "mengakali prosedur.",
        "In the last 12 months I was never pressed to break or get round a procedure.",
        "Instrumen portal; aspek SPAK 'tidak ada pelayanan di luar prosedur'",
    ),
    (
        "IN3",
        A.INTEGRITAS,
        "Saya tidak melihat pungutan liar atau calo dalam layanan unit saya.",
        "I see no illegal levies or brokers in my unit's services.",
        "Instrumen portal; aspek SPAK 'pungli' dan 'calo'",
    ),
    (
        "IN4",
        A.INTEGRITAS,
        "Saya merasa aman melaporkan pelanggaran yang saya ketahui.",
        "I feel safe reporting wrongdoing I know of.",
        "Instrumen portal; LKE A.I.5.iv (Whistle-Blowing System)",
    ),
]

CATATAN = (
    "Instrumen milik ZI Portal, bukan instrumen resmi regulasi. Butir disusun dari enam "
    "area perubahan LKE (Lampiran III Permenpan RB 90/2021) ditambah butir integritas; "
    "hasilnya bukti pendukung dan tidak masuk nilai LKE. Skala 1-4; persepsi sebuah area "
    "= (rata-rata - 1) / 3 x 100 %."
)
SKALA = 4
URUTAN = 4  # after SPKP, SPAK and SKM


def pasang(Kuesioner, KuesionerVersi, Butir, now) -> None:
    """Create version 1 of the internal survey if it does not exist yet."""
    kuesioner, _ = Kuesioner.objects.get_or_create(jenis="szi", defaults={"urutan": URUTAN})
    if kuesioner.versi.exists():
        return
    versi = KuesionerVersi.objects.create(
        kuesioner=kuesioner,
        nomor=1,
        status="terbit",
        skala_maks=SKALA,
        konversi="rentang",
        asal="portal",
        catatan=CATATAN,
        diterbitkan_pada=now,
    )
    Butir.objects.bulk_create(
        Butir(
            versi=versi,
            urutan=i,
            kode=kode,
            area=str(area),
            teks_id=teks_id,
            teks_en=teks_en,
            sumber=sumber,
        )
        for i, (kode, area, teks_id, teks_en, sumber) in enumerate(BUTIR, start=1)
    )
