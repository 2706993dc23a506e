"""Indexes for the article changelist on 100,000 articles (bench/admin_bench.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("editorial", "0005_review_queue"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="version",
            index=models.Index(fields=["id", "status"], name="version_id_status_idx"),
        ),
    ]
