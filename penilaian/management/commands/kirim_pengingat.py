"""`manage.py kirim_pengingat [--tanggal YYYY-MM-DD]`: the reminders the queue also sends
every six hours (deadlines in 7 days or passed, survey targets reached). Safe to run
again: each event is told once."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from penilaian.services.kabar_tenggat import kabar_target_survei, kabar_tenggat


class Command(BaseCommand):
    help = "Kirim pengingat tenggat dan target survei (setiap kejadian sekali saja)."

    def add_arguments(self, parser):
        parser.add_argument("--tanggal", type=datetime.date.fromisoformat, default=None)

    def handle(self, *args, tanggal=None, **options):
        hari_ini = tanggal or timezone.localdate()
        tenggat = kabar_tenggat(hari_ini=hari_ini)
        target = kabar_target_survei(hari_ini=hari_ini)
        self.stdout.write(f"pemberitahuan tenggat: {tenggat}, target survei: {target}")
