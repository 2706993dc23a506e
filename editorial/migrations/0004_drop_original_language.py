from django.db import migrations, models


class Migration(migrations.Migration):
    """The original language is now the original edition's language.

    The column gets a default first, so that migrating back re-creates it
    on a table with rows; 0003's reverse step then fills it in.
    """

    dependencies = [("editorial", "0003_desk_data")]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="original_language",
            field=models.CharField(default="", max_length=16, verbose_name="original language"),
        ),
        migrations.RemoveField(model_name="article", name="original_language"),
    ]
