"""Translation files for outside translators: what is exchanged (a
:class:`TranslationFile` per article, source version and target language)
and its two encodings, XLIFF 2.1 (:mod:`.xliff`) and spreadsheets through
django-import-export (:mod:`.tabular`). No database access here: the
services (editorial.services.interchange) build files from versions and
check returned files against them."""

from .model import TITLE_ID, SUMMARY_ID, RESERVED_IDS, TranslationFile, TranslationFileError, Unit, text_digest

__all__ = ["RESERVED_IDS", "SUMMARY_ID", "TITLE_ID", "TranslationFile", "TranslationFileError", "Unit",
           "text_digest"]
