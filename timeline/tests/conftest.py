import pytest


@pytest.fixture
def editor(db):
    """A member of the Editors group that migration 0003 makes."""
    # Imported here so that the pure tests still run without Django (-p no:django).
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("editor", password="a long editor password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
