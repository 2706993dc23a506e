"""The boilerplate step's word lists, gathered from every language module of
``corpus.pipeline.languages`` (one file per language: add words there)."""

from __future__ import annotations

from ..languages import phrases

TEASER_HEADINGS = phrases("teaser_headings")
SOURCE_MARKERS = phrases("source_markers")
PICTURE_MARKERS = phrases("picture_markers")
SOURCE_PHRASES_NO_COLON = phrases("source_phrases_no_colon")
COPYRIGHT_PHRASES = phrases("copyright_phrases")
DISCLAIMER_MARKERS = phrases("disclaimer_markers")
DISCLAIMER_MARKERS_EDGE = phrases("disclaimer_markers_edge")
DISCLAIMER_PHRASES = phrases("disclaimer_phrases")
BIO_ROLES = phrases("bio_roles")
BIO_ACHIEVEMENTS = phrases("bio_achievements")
BIO_ACTIVITIES = phrases("bio_activities")
BIO_CONTACTS = phrases("bio_contacts")
BIO_LEADS = phrases("bio_leads")
FIRST_PERSON = phrases("first_person")
FIRST_PERSON_CJK = phrases("first_person_cjk")
NAVIGATION_LABELS = phrases("navigation_labels")
NAVIGATION_CALLS = phrases("navigation_calls")
BIO_WORDS = BIO_ROLES + BIO_ACHIEVEMENTS + BIO_ACTIVITIES
