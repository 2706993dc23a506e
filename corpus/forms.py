"""Forms of the admin's import screen. They only parse input; services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from corpus.services.folders import inbox_folders
from corpus.services.uploads import Upload
from corpus.sources import check_source_name


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe); the admin's
    import screen and the translators' import both use it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            if not data and self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return [single(item, initial) for item in data]
        return [single(data, initial)]


def _clean_source(value: str) -> str:
    value = value.strip()
    if value:
        try:
            check_source_name(value)
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None
    return value


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        help_text=_("Text, HTML, Markdown or RTF files, or a ZIP archive of them (folders inside are kept)."),
    )
    source = forms.CharField(
        label=_("Source"), required=False, max_length=1000,
        help_text=_("Who sent the files, e.g. 'agency-feed'. A file is the same file when its source and name "
                    "are the same, so a changed file uploaded again becomes a new draft of its article. "
                    "Empty: the ZIP archive's name, or 'upload'."),
    )

    def __init__(self, *args, limits: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if limits:
            self.fields["files"].help_text = f"{self.fields['files'].help_text} {limits}"

    def clean_files(self) -> list[Upload]:
        return [Upload(name=f.name, file=f, size=f.size) for f in self.cleaned_data["files"]]

    def clean_source(self) -> str:
        return _clean_source(self.cleaned_data["source"])


class InboxForm(forms.Form):
    inbox = forms.ChoiceField(label=_("Inbox folder"))
    glob = forms.CharField(
        label=_("Files to import"), initial="*.txt", max_length=100,
        help_text=_("A file name pattern, matched in every sub-folder: '*.txt', '*.html', '*' for all."),
    )
    source = forms.CharField(
        label=_("Source"), required=False, max_length=1000,
        help_text=_("Empty: the folder's path on the server, as 'import_seeds FOLDER' names it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inbox"].choices = [(name, f"{name} ({folder})") for name, folder in inbox_folders().items()]

    def clean_glob(self) -> str:
        glob = self.cleaned_data["glob"].strip()
        if not glob or "\x00" in glob or glob.startswith("/") or ".." in glob.split("/"):
            raise forms.ValidationError(_("Give a file name pattern such as *.txt."))
        return glob

    def clean_source(self) -> str:
        return _clean_source(self.cleaned_data["source"])
