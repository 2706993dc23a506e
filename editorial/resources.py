"""django-import-export resources, one per model, shared by the admin and
the ``export_articles`` / ``import_articles`` commands.

Importing never overwrites anything: a row for an existing article becomes
a new draft version based on the version the row was exported from (a row
exported from an older version is refused as stale), a row without an id
becomes a new draft article. Nothing is ever approved by an import.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from import_export import fields, resources
from import_export.widgets import CharWidget, IntegerWidget

from editorial import services
from editorial.exceptions import EditorialError
from editorial.forms import split_paragraphs
from editorial.models import Article, Tag, TagAlias, TagLabel, Version
from editorial.pagecache import publication_changed


class _DehydratedDiff(resources.Diff):
    """The import preview's before/after columns, read through the
    resource's dehydrate methods (the library's own Diff reads model
    attributes, and title and text live on versions)."""

    def __init__(self, resource, instance, new):
        super().__init__(resource, instance, new)
        self.left = self._dehydrated(resource, instance)

    def compare_with(self, resource, instance):
        self.right = self._dehydrated(resource, instance)

    @staticmethod
    def _dehydrated(resource, instance):
        if instance is None:
            return [""] * len(resource.get_import_fields())
        return [resource.export_field(f, instance) for f in resource.get_import_fields()]


class ArticleResource(resources.ModelResource):
    """An article as its original-language latest version: one row each."""

    language = fields.Field(column_name="language", widget=CharWidget())
    version = fields.Field(column_name="version", widget=IntegerWidget())
    status = fields.Field(column_name="status", readonly=True)
    title = fields.Field(column_name="title", widget=CharWidget())
    summary = fields.Field(column_name="summary", widget=CharWidget())
    text = fields.Field(column_name="text", widget=CharWidget())
    tags = fields.Field(column_name="tags", readonly=True)
    live_version = fields.Field(column_name="live_version", readonly=True)

    class Meta:
        model = Article
        fields = ["id", "source_name", "language", "version", "status", "live_version", "title", "summary", "text",
                  "tags"]
        export_order = fields
        import_id_fields = ["id"]
        skip_unchanged = False
        clean_model_instances = False

    def get_diff_class(self):
        return _DehydratedDiff

    def get_queryset(self):
        return Article.objects.select_related("original_edition__latest_version", "original_edition__live_version") \
            .prefetch_related("article_tags__tag")

    # -- export -------------------------------------------------------------

    @staticmethod
    def _latest(article: Article) -> Version | None:
        return article.original_edition.latest_version if article.original_edition_id else None

    def dehydrate_language(self, article):
        return article.original_language

    def dehydrate_version(self, article):
        latest = self._latest(article)
        return latest.number if latest else None

    def dehydrate_status(self, article):
        latest = self._latest(article)
        return latest.status if latest else ""

    def dehydrate_live_version(self, article):
        live = article.original_edition.live_version if article.original_edition_id else None
        return live.number if live else ""

    def dehydrate_title(self, article):
        if hasattr(article, "_import_row"):  # the import preview shows the new value
            return str(article._import_row["title"]).strip()
        latest = self._latest(article)
        return latest.title if latest else ""

    def dehydrate_summary(self, article):
        if hasattr(article, "_import_row"):  # the import preview shows the new value
            return str(article._import_row["summary"]).strip()
        latest = self._latest(article)
        return latest.summary if latest else ""

    def dehydrate_text(self, article):
        if hasattr(article, "_import_row"):
            return "\n\n".join(split_paragraphs(str(article._import_row["text"])))
        latest = self._latest(article)
        return "\n\n".join(latest.texts) if latest else ""

    def dehydrate_tags(self, article):
        if article.pk is None:
            return ""
        return ", ".join(link.tag.name for link in article.article_tags.all())

    # -- import: only ever new drafts, through the services ------------------

    def import_instance(self, instance, row, **kwargs):
        # Keep the row's editorial fields for save_instance; Article's own
        # columns (source name) are never written by an import.
        instance._import_row = {key: (row.get(key) or "") for key in ("language", "title", "summary", "text")}
        instance._import_row["version"] = row.get("version")

    def skip_row(self, instance, original, row, import_validation_errors=None):
        latest = self._latest(instance) if instance.pk else None
        if latest is None:
            return False
        data = instance._import_row
        return (
            latest.title == str(data["title"]).strip()
            and latest.summary == str(data["summary"]).strip()
            and latest.texts == split_paragraphs(str(data["text"]))
        )

    def save_instance(self, instance, is_create, row, **kwargs):
        user = kwargs.get("user")
        data = instance._import_row
        paragraphs = split_paragraphs(str(data["text"]))
        try:
            if is_create or instance.pk is None:
                version = services.article_create(
                    language=str(data["language"]), title=str(data["title"]), summary=str(data["summary"]),
                    paragraphs=paragraphs, user=user,
                )
                instance.pk = version.edition.article_id
                return
            edition = instance.original_edition
            latest = edition.latest_version
            based_on = latest
            if data["version"] not in (None, ""):
                based_on = Version.objects.filter(edition=edition, number=int(data["version"])).first()
                if based_on is None:
                    raise EditorialError(f"Version {data['version']} of this article does not exist.")
            services.version_create(
                edition=edition, paragraphs=paragraphs, title=str(data["title"]), summary=str(data["summary"]),
                author=user, based_on=based_on, comment="Imported from a spreadsheet",
            )
        except EditorialError as error:
            raise ValidationError(error.message) from None


class TagResource(resources.ModelResource):
    class Meta:
        model = Tag
        fields = ["id", "name", "slug", "kind"]
        import_id_fields = ["slug"]

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        # A renamed tag changes the public pages of its articles. In a dry
        # run the transaction rolls back and only drops the page cache once.
        publication_changed()


class TagAliasResource(resources.ModelResource):
    class Meta:
        model = TagAlias
        fields = ["id", "tag", "alias", "language"]


class TagLabelResource(resources.ModelResource):
    class Meta:
        model = TagLabel
        fields = ["id", "tag", "language", "label"]
