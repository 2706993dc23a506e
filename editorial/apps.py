from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_roles(sender, **kwargs):
    # Setup after migrate, like Django's own create_permissions (which runs
    # before this for the same app); models are importable only from here.
    from django.contrib.auth.models import Group, Permission

    from editorial.roles import ensure_roles

    ensure_roles(Group, Permission)


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Editorial")

    def ready(self):
        post_migrate.connect(_ensure_roles, sender=self, dispatch_uid="editorial.ensure_roles")
        # Registers the machine-translation settings check (Django's idiom:
        # checks modules are imported once the app registry is ready).
        from editorial.machine_translation import checks  # noqa: F401
