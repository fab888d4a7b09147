import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first admin from DJANGO_SUPERUSER_USERNAME / _PASSWORD / _EMAIL when set; "
        "otherwise say how to make one."
    )

    def handle(self, *args, **options):
        users = get_user_model().objects
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME")
        if username and os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
            if users.filter(username=username).exists():
                self.stdout.write(f"Admin user {username!r} exists.")
            else:
                call_command(
                    "createsuperuser",
                    interactive=False,
                    username=username,
                    email=os.environ.get("DJANGO_SUPERUSER_EMAIL", ""),
                )
                self.stdout.write(f"Admin user {username!r} created.")
        elif not users.filter(is_superuser=True).exists():
            self.stdout.write(
                "No admin user yet. Make one with `.venv/bin/python manage.py createsuperuser`, "
                "or set DJANGO_SUPERUSER_USERNAME and DJANGO_SUPERUSER_PASSWORD before `make run`."
            )
