"""Forms of the editorial desk. They only parse input; services decide."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminSplitDateTime, AutocompleteSelect
from django.utils.translation import gettext_lazy as _

from editorial.models import ArticleTag, Tag


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; single line breaks inside a
    paragraph are kept as spaces so a pasted hard-wrapped text reflows."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block]


class _TextMixin:
    """A "text" field of paragraphs separated by empty lines."""

    def clean_text(self) -> list[str]:
        paragraphs = split_paragraphs(self.cleaned_data["text"])
        if not paragraphs:
            raise forms.ValidationError(_("The text cannot be empty."))
        return paragraphs


class VersionEditForm(_TextMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500, widget=forms.TextInput(attrs={"class": "vLargeTextField"}))
    summary = forms.CharField(label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    text = forms.CharField(
        label=_("Text"),
        help_text=_("Separate paragraphs with an empty line."),
        widget=forms.Textarea(attrs={"rows": 30, "class": "newsdesk-editor"}),
    )
    based_on = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("What did you change?"), required=False, max_length=500)


class ArticleCreateForm(_TextMixin, forms.Form):
    language = forms.CharField(label=_("Language code"), max_length=16, help_text=_("For example de, fr, pt-br."))
    title = forms.CharField(label=_("Title"), max_length=500)
    summary = forms.CharField(label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 20}),
                           help_text=_("Separate paragraphs with an empty line."))


class ScheduleForm(forms.Form):
    go_live_at = forms.SplitDateTimeField(label=_("Go live at"), required=False, widget=AdminSplitDateTime)
    expire_at = forms.SplitDateTimeField(label=_("Expire at"), required=False, widget=AdminSplitDateTime)


class AddTagForm(forms.Form):
    tag = forms.ModelChoiceField(
        label=_("Add a tag from the vocabulary"),
        queryset=Tag.objects.all(),
        widget=AutocompleteSelect(ArticleTag._meta.get_field("tag"), admin.site),
    )


class CommentForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}))


class TagMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Merge into"),
        queryset=Tag.objects.all(),
        widget=AutocompleteSelect(ArticleTag._meta.get_field("tag"), admin.site),
    )
