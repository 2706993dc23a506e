from django.db import migrations


class Migration(migrations.Migration):
    """The original language is now the original edition's language."""

    dependencies = [("editorial", "0003_desk_data")]

    operations = [migrations.RemoveField(model_name="article", name="original_language")]
