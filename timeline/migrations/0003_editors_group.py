"""The "Editors" group: curates events and their sources; does not manage users or groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Editors"
MANAGED_MODELS = {
    "timeline": ["event", "citation", "actor", "sector"],
    "articles": ["article", "passage"],
}
ACTIONS = ["view", "add", "change", "delete"]
VIEW_ONLY_MODELS = {"timeline": ["historicalevent"]}


def codenames():
    for app_label, models in MANAGED_MODELS.items():
        for model in models:
            for action in ACTIONS:
                yield app_label, f"{action}_{model}"
    for app_label, models in VIEW_ONLY_MODELS.items():
        for model in models:
            yield app_label, f"view_{model}"


def create_editors_group(apps, schema_editor):
    # Permissions are normally made after the last migration (post_migrate); on a fresh
    # database they do not exist yet, so make them now for the apps this group needs.
    for app_label in ["timeline", "articles"]:
        app_config = apps.get_app_config(app_label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True  # migration app stubs have none
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    wanted = list(codenames())
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in wanted
    ]
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0002_load_vocabulary"),
        # Not needed for the group; listed so the migration graph has a single leaf.
        ("timeline", "0003_citation_extracted"),
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
