"""Fills a scratch database with N realistic articles for bench/admin_bench.py.

Going through ``editorial.services`` for 100,000 articles would take hours
(one transaction and ~20 statements per version), so this writes the rows
with ``bulk_create`` in large batches, one transaction per batch, while
keeping every invariant the services keep:

* an edition's ``latest_version`` is its highest-numbered version, each
  version is based on the previous one (number = based_on.number + 1);
* ``live_version`` is set only to an approved version (the newest approved
  one); withdrawn editions keep their live pointer, as ``edition_withdraw``
  does; every article's ``original_edition`` is one of its editions;
* every version has a creation event (imported / edited, to "draft") and one
  event per review transition, so its status equals the ``to_state`` of its
  last review event; approvals and rejections are never by the creator or
  submitter (four eyes); withdrawals and schedule changes have their events;
* imported versions point to a SourceDocument whose raw bytes, cleaned
  paragraphs and report come from the real pipeline (``clean_document``) run
  over files from bench/corpus_gen.py; accepted tag suggestions have their
  ArticleTag and a "tag accepted" event.

Realistic content is made from a pool of cleaned template documents per
language: each article takes one and makes its numbers unique (so a search
for a number finds one article, as a search for a name would).
:func:`bench.admin_fill_db.check_invariants` verifies the invariants with
SQL after the fill; :func:`bench.admin_fill_db.copy_from_sqlite` copies a
fill into PostgreSQL.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from dataclasses import dataclass
from datetime import timedelta

from bench.corpus_gen import document

# Share of articles whose original language is each code (a European desk:
# English first, then the big European languages, then the rest).
LANGUAGE_WEIGHTS = {"en": 38, "de": 16, "fr": 13, "es": 12, "ru": 9, "zh": 7, "ar": 5}
EDITIONS_WEIGHTS = [60, 28, 12]  # 1, 2 or 3 languages per article
VERSIONS_WEIGHTS = [45, 28, 17, 10]  # 1..4 versions per edition
# Status of an edition's latest version, and of its older versions.
LATEST_STATUS = {"draft": 38, "in_review": 14, "changes_requested": 8, "approved": 33, "rejected": 7}
OLDER_STATUS = {"approved": 50, "draft": 25, "changes_requested": 10, "rejected": 15}
TRANSITIONS = {  # the review events that lead from "draft" to each status
    "draft": [],
    "in_review": [("submitted", "draft", "in_review")],
    "approved": [("submitted", "draft", "in_review"), ("approved", "in_review", "approved")],
    "changes_requested": [("submitted", "draft", "in_review"),
                          ("changes_requested", "in_review", "changes_requested")],
    "rejected": [("submitted", "draft", "in_review"), ("rejected", "in_review", "rejected")],
}
TAG_VOCABULARY = 5000
SUGGESTIONS_PER_ARTICLE = (7, 13)
ACCEPTED_PER_ARTICLE = (1, 5)
PENDING_SHARE = 0.4  # articles with suggestions nobody decided on yet
TEMPLATES_PER_LANGUAGE = 100
BATCH = 1000
NUMBER = re.compile(r"\d{3,}")

FIRST = ["Anna", "Ben", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Karim", "Lena",
         "Mateo", "Nadia", "Olga", "Pierre", "Qian", "Rosa", "Sven", "Tariq", "Ute", "Victor", "Wei", "Yara"]
LAST = ["Abe", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "García", "Hassan", "Ivanov", "Jensen", "Kim",
        "Lopez", "Müller", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Urban", "Weber", "Zhang"]
WORDS = ["Energy", "Rail", "Health", "Climate", "Water", "Steel", "Data", "Harbour", "Grain", "Solar", "Trade",
         "Housing", "Transit", "Budget", "Pension", "Tourism", "Fishing", "Textile", "Mining", "Software"]
PLACES = ["Berlin", "Lyon", "Sevilla", "Kazan", "Wuhan", "Doha", "Leeds", "Porto", "Graz", "Turku", "Bergen",
          "Malmö", "Gdańsk", "Brno", "Cluj", "Split", "Varna", "Riga", "Tartu", "Basel"]


@dataclass
class Template:
    raw: bytes
    encoding: str
    was_html: bool
    language: str
    confidence: float
    paragraphs: list[str]
    title: str
    summary: str
    report: dict
    tags: list[dict]


def build_templates(per_language: int, seed: int) -> dict[str, list[Template]]:
    """Real pipeline output for files of realistic size, per language."""
    from corpus.pipeline import build_matcher, clean_document
    from corpus.services import report_from_cleaned

    matcher = build_matcher([])
    rng = random.Random(seed)
    pools: dict[str, list[Template]] = {code: [] for code in LANGUAGE_WEIGHTS}
    doc = 0
    while any(len(pool) < per_language for pool in pools.values()) and doc < per_language * 200:
        raw, lang = document(rng, doc)
        doc += 1
        if len(pools[lang]) >= per_language or not 2500 <= len(raw) <= 9000:
            continue
        cleaned = clean_document(raw, matcher=matcher)
        size = len("\n".join(cleaned.paragraphs).encode())
        if cleaned.language.code != lang or not cleaned.paragraphs or size < (1500 if lang == "zh" else 2800):
            continue
        report = report_from_cleaned(cleaned)
        pools[lang].append(Template(
            raw=raw, encoding=cleaned.encoding, was_html=cleaned.was_html, language=lang,
            confidence=cleaned.language.confidence, paragraphs=list(cleaned.paragraphs),
            title=cleaned.title or f"doc-{doc}", summary=cleaned.summary,
            report={"removed": report["removed"], "corrections": report["corrections"], "tags": report["tags"],
                    "fixes": list(cleaned.fixes)},
            tags=report["tags"],
        ))
    return pools


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pid(rng: random.Random) -> str:
    return f"p{rng.getrandbits(40):010x}"


def _uniquify(text: str, article_no: int) -> str:
    """Make the template's numbers (company ids) unique to this article."""
    return NUMBER.sub(lambda m: f"{article_no}{m.group()[-2:]}", text)


class Ids:
    """Primary keys for one batch: a private block per model after the
    ids already in the database, so batches built in parallel processes
    never collide (the ids are sparse, which nothing minds)."""

    BLOCK = 200_000  # more rows of one model than any batch makes

    def __init__(self, bases: dict, batch: int):
        self.last = {model: base + batch * self.BLOCK for model, base in bases.items()}

    def next(self, model) -> int:
        self.last[model] += 1
        return self.last[model]


def id_bases() -> dict:
    from django.db.models import Max

    from corpus.models import SourceDocument
    from editorial.models import Article, ArticleTag, Edition, Event, TagSuggestion, Version

    return {m: m.objects.aggregate(n=Max("pk"))["n"] or 0
            for m in (SourceDocument, Article, Edition, Version, TagSuggestion, ArticleTag, Event)}


def row_params(model, objs, now) -> list[list]:
    """Model instances as parameter rows for one INSERT ... executemany,
    values prepared by the fields themselves (JSON encoder, binary, time
    zones) but without bulk_create's per-row expression machinery, which is
    10x slower here. Historical times are kept; a missing auto time is ``now``."""
    from django.db import connection

    fields = model._meta.concrete_fields
    stamped = {f.attname for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)}

    def converter(f):
        # Plain values (text, numbers, booleans, ids, bytes) go to the
        # driver as they are; only times and JSON need the field's preparation.
        if f.get_internal_type() in ("DateTimeField", "JSONField"):
            return lambda value: f.get_db_prep_save(value, connection)
        return None

    plan = [(f.attname, converter(f), f.attname in stamped) for f in fields]
    params = []
    for obj in objs:
        row = []
        values = obj.__dict__
        for attname, convert, is_stamped in plan:
            value = values[attname]
            if value is None and is_stamped:
                value = now
            row.append(convert(value) if convert is not None and value is not None else value)
        params.append(row)
    return params


def insert_params(model, params) -> None:
    from django.db import connection

    if not params:
        return
    fields = model._meta.concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table), ", ".join(quote(f.column) for f in fields), ", ".join(["%s"] * len(fields))
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def reset_sequences() -> None:
    """PostgreSQL sequences past the ids given by hand (SQLite follows by itself)."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    models = [m for m in apps.get_models() if m._meta.app_label in ("editorial", "corpus") and not m._meta.proxy]
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


def make_users():
    """Editors, reviewers, the measured desk user (Editor + Reviewer) and a superuser."""
    from django.contrib.auth.models import Group, User

    def user(name, *groups, superuser=False):
        obj, _ = User.objects.get_or_create(username=name, defaults={"is_staff": True, "is_superuser": superuser})
        obj.groups.add(*Group.objects.filter(name__in=groups))
        return obj

    editors = [user(f"editor{i}", "Editor") for i in range(1, 5)]
    reviewers = [user(f"reviewer{i}", "Reviewer") for i in range(1, 4)]
    desk = user("desk", "Editor", "Reviewer")
    root = user("root", superuser=True)
    return editors, reviewers, desk, root


def make_vocabulary(rng: random.Random):
    from django.utils.text import slugify

    from editorial.models import Tag, TagAlias, TagLabel

    names: list[tuple[str, str]] = []
    seen = set()
    while len(names) < TAG_VOCABULARY:
        kind = rng.choices(["person", "organisation", "place", "topic"], weights=[40, 25, 15, 20])[0]
        if kind == "person":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif kind == "organisation":
            name = f"{rng.choice(WORDS)} {rng.choice(['Group', 'AG', 'SA', 'Holdings', 'Union', 'Institute'])}"
        elif kind == "place":
            name = f"{rng.choice(PLACES)}" + (f" {rng.choice(['North', 'South', 'Port', 'Old Town'])}"
                                                if rng.random() < 0.7 else "")
        else:
            name = f"{rng.choice(WORDS)} {rng.choice(['policy', 'prices', 'strike', 'reform', 'crisis', 'market'])}"
        name = name + (f" {len(names)}" if name in seen else "")
        seen.add(name)
        names.append((name, kind))
    tags = Tag.objects.bulk_create(
        Tag(name=name, slug=slugify(name, allow_unicode=True)[:190] + f"-{i}", kind=kind)
        for i, (name, kind) in enumerate(names)
    )
    TagAlias.objects.bulk_create(TagAlias(tag=t, alias=t.name.split()[-1], language="") for t in tags)
    TagLabel.objects.bulk_create(
        TagLabel(tag=t, language=lang, label=t.name) for t in tags[:1000] for lang in ("de", "fr")
    )
    return tags


class Filler:
    """Builds one batch of articles in memory, then writes it in waves."""

    def __init__(self, *, seed: int, templates, tags, editors, reviewers, desk, now, run, bases):
        self.seed = seed
        self.rng = random.Random(seed)
        self.templates = templates
        self.tags = tags
        # Tag popularity follows a long tail: a few tags are on many articles.
        self.tag_weights = [1.0 / (rank + 10) for rank in range(len(tags))]
        self.editors = editors + [desk]
        self.reviewers = reviewers + [desk]
        self.desk = desk
        self.now = now
        self.run = run
        self.bases = bases

    def build(self, batch: int, start: int, count: int) -> list[tuple[type, list]]:
        """The rows of one batch, ready to insert (no database access: this
        runs in worker processes)."""
        self.rng = random.Random(self.seed * 1_000_003 + batch)
        self.ids = Ids(self.bases, batch)
        return [(model, row_params(model, objs, self.now)) for model, objs in self._plan(start, count).items()]

    def _plan(self, start: int, count: int) -> dict:
        """Plan a batch with ids given here, to be inserted table by table.

        Ids are assigned up front so every pointer (original edition, latest
        and live version, based-on) is written once, with no UPDATE pass;
        Django creates foreign keys DEFERRABLE INITIALLY DEFERRED, so they
        are checked at commit, when every row of the batch is in.
        """
        from corpus.models import SourceDocument
        from editorial.models import Article, ArticleTag, Edition, Event, TagSuggestion, Version

        rng, ids = self.rng, self.ids
        rows: dict[type, list] = {m: [] for m in (SourceDocument, Article, Edition, Version, TagSuggestion,
                                                  ArticleTag, Event)}
        for n in range(start, start + count):
            lang = _weighted(rng, LANGUAGE_WEIGHTS)
            template = rng.choice(self.templates[lang])
            born = self.now - timedelta(minutes=rng.randint(60, 2 * 365 * 24 * 60))
            name = f"bench/{n // 1000:03d}/doc-{n:06d}.txt"
            document = SourceDocument(
                pk=ids.next(SourceDocument), import_run=self.run, source_name=name, file_name=name.rsplit("/", 1)[1],
                # The raw bytes are the template's; the hash is salted with the
                # article number because sha256 is unique per stored file.
                sha256=hashlib.sha256(template.raw + n.to_bytes(8, "big")).hexdigest(),
                size=len(template.raw), raw=template.raw, encoding=template.encoding,
                was_html=template.was_html, language=lang, language_confidence=template.confidence,
                cleaned_paragraphs=template.paragraphs, proposed_title=template.title[:500],
                proposed_summary=template.summary, report=template.report, pipeline_version="bench",
                imported_at=born,
            )
            rows[SourceDocument].append(document)
            article = Article(pk=ids.next(Article), source_name=name, created_at=born)
            others = [code for code in LANGUAGE_WEIGHTS if code != lang]
            n_editions = rng.choices([1, 2, 3], weights=EDITIONS_WEIGHTS)[0]
            touched = born
            first_version = None
            for i, code in enumerate([lang] + rng.sample(others, n_editions - 1)):
                edition = Edition(pk=ids.next(Edition), article=article, language=code, created_at=born)
                if i == 0:
                    article.original_edition_id = edition.pk
                versions = []
                for spec in self._plan_edition(n, born, i == 0, template, code):
                    version = Version(
                        pk=ids.next(Version), edition=edition, number=len(versions) + 1, status=spec["status"],
                        origin=spec["origin"], title=spec["title"], title_is_proposed=spec["origin"] == "import",
                        summary=spec["summary"],
                        summary_is_proposed=spec["origin"] == "import" and bool(spec["summary"]),
                        paragraphs=spec["paragraphs"], based_on_id=versions[-1].pk if versions else None,
                        translation_of_id=first_version.pk if i and not versions else None,
                        source_document_id=document.pk if spec["origin"] == "import" else None,
                        comment=spec["comment"], created_by=spec["created_by"], submitted_by=spec["submitted_by"],
                        created_at=spec["at"],
                    )
                    versions.append(version)
                    for action, actor, frm, to, at, comment, data in spec["events"]:
                        rows[Event].append(Event(
                            pk=ids.next(Event), article_id=article.pk, edition_id=edition.pk, version_id=version.pk,
                            actor=actor, action=action, from_state=frm, to_state=to, comment=comment, data=data,
                            created_at=at))
                        touched = max(touched, at)
                first_version = first_version or versions[0]
                edition.latest_version_id = versions[-1].pk
                approved = [v for v in versions if v.status == "approved"]
                edition.live_version_id = approved[-1].pk if approved else None
                if approved and rng.random() < 0.08:
                    touched = self._live_window(edition, touched, rows[Event])
                edition.updated_at = touched
                rows[Edition].append(edition)
                rows[Version] += versions
            for suggestion, user, decided_at in self._suggestions(article, first_version, template, born):
                suggestion.pk = ids.next(TagSuggestion)
                rows[TagSuggestion].append(suggestion)
                if user is not None:
                    rows[ArticleTag].append(ArticleTag(pk=ids.next(ArticleTag), article=article, tag=suggestion.tag,
                                                       suggestion=suggestion, added_by=user, added_at=decided_at))
                    rows[Event].append(Event(pk=ids.next(Event), article=article, actor=user, action="tag_accepted",
                                             data={"tag": suggestion.tag.slug, "name": suggestion.name},
                                             created_at=decided_at))
                    touched = max(touched, decided_at)
            article.updated_at = touched
            rows[Article].append(article)
        return rows

    def _live_window(self, edition, last, events):
        """Withdraw or schedule some live editions, with their events."""
        from editorial.models import Event

        rng = self.rng
        at = last + timedelta(hours=rng.randint(1, 200))
        reviewer = rng.choice(self.reviewers)
        if rng.random() < 0.5:
            edition.is_withdrawn, edition.withdrawn_at = True, at
            events.append(Event(pk=self.ids.next(Event), article_id=edition.article_id, edition_id=edition.pk,
                                version_id=edition.live_version_id, actor=reviewer, action="withdrawn", from_state="live", to_state="withdrawn",
                                comment="Legal asked us to take it down.", created_at=at))
        else:
            if rng.random() < 0.5:
                edition.go_live_at = self.now + timedelta(days=rng.randint(1, 30))
            else:
                edition.go_live_at = at
                edition.expire_at = at + timedelta(days=rng.randint(1, 60))
            events.append(Event(pk=self.ids.next(Event), article_id=edition.article_id, edition_id=edition.pk,
                                actor=reviewer, action="scheduled",
                                data={"before": {"go_live_at": None, "expire_at": None},
                                      "after": {"go_live_at": edition.go_live_at.isoformat(),
                                                "expire_at": edition.expire_at.isoformat() if edition.expire_at
                                                else None}},
                                created_at=at))
        return at

    def _plan_edition(self, n, born, is_original, template, code):
        """Versions of one edition: content, status, authors and events."""
        rng = self.rng
        source = template if is_original else rng.choice(self.templates[code])
        texts = [_uniquify(p, n) for p in source.paragraphs]
        title = _uniquify(source.title, n)[:500]
        paragraphs = [{"id": _pid(rng), "text": t} for t in texts]
        count = rng.choices([1, 2, 3, 4], weights=VERSIONS_WEIGHTS)[0]
        at = born + timedelta(minutes=rng.randint(0, 600) if is_original else rng.randint(600, 5000))
        plan = []
        unapproved_authors = set()  # creators of the unapproved chain this version builds on
        for number in range(1, count + 1):
            latest = number == count
            status = _weighted(rng, LATEST_STATUS if latest else OLDER_STATUS)
            if number == 1 and is_original:
                origin, creator, action = "import", None, "imported"
            else:
                origin = "edit" if number > 1 else "translation"
                creator, action = rng.choice(self.editors), "edited"
                paragraphs = self._edit(paragraphs, code)
            events = [(action, creator, "", "draft", at, "Imported" if origin == "import" else "",
                       {"source": f"doc-{n:06d}.txt"} if origin == "import" else {})]
            submitter = None
            step_at = at
            for step, frm, to in TRANSITIONS[status]:
                step_at = step_at + timedelta(minutes=rng.randint(5, 3000))
                if step == "submitted":
                    submitter = creator if creator is not None and rng.random() < 0.7 else rng.choice(self.editors)
                    actor = submitter
                else:  # four eyes: never the creator, the submitter or an author of the chain
                    banned = {creator, submitter, *unapproved_authors}
                    actor = rng.choice([r for r in self.reviewers if r not in banned])
                comment = "" if step in ("submitted", "approved") else "Please check the quotes in paragraph 2."
                events.append((step, actor, frm, to, step_at, comment, {}))
            plan.append({
                "status": status, "origin": origin, "title": title,
                "summary": _uniquify(source.summary, n), "paragraphs": paragraphs,
                "comment": "Imported" if origin == "import" else "Tightened the lead.",
                "created_by": creator, "submitted_by": submitter, "at": at, "events": events,
            })
            at = step_at + timedelta(minutes=rng.randint(10, 5000))
            unapproved_authors = set() if status == "approved" else unapproved_authors | {creator} - {None}
        return plan

    def _edit(self, paragraphs, code):
        """An editor's change: one paragraph rewritten in place (same id),
        sometimes one added (new id)."""
        rng = self.rng
        out = [dict(p) for p in paragraphs]
        i = rng.randrange(len(out))
        out[i]["text"] = out[i]["text"] + " " + rng.choice(rng.choice(self.templates[code]).paragraphs)[:200]
        if rng.random() < 0.3:
            out.insert(rng.randrange(len(out) + 1), {"id": _pid(rng), "text": rng.choice(
                rng.choice(self.templates[code]).paragraphs)})
        return out

    def _suggestions(self, article, version, template, born):
        """~10 suggestions: the pipeline's own (with evidence) and vocabulary
        matches; ~3 accepted (each with its ArticleTag), some rejected, and
        on PENDING_SHARE of articles some still undecided."""
        from editorial.models import TagSuggestion

        rng = self.rng
        pending = rng.random() < PENDING_SHARE
        total = rng.randint(*SUGGESTIONS_PER_ARTICLE)
        accepted = rng.randint(*ACCEPTED_PER_ARTICLE)
        vocabulary = []
        for tag in rng.choices(self.tags, weights=self.tag_weights, k=total + 4):
            if tag not in vocabulary:
                vocabulary.append(tag)
        found = [t for t in template.tags if t["name"]][: total // 3]
        candidates = [(None, t["name"], t["kind"], t["score"], t["evidence"]) for t in found]
        candidates += [(tag, tag.name, tag.kind, round(rng.uniform(0.3, 0.95), 4),
                        [f"“{tag.name}” in paragraph {rng.randint(1, 6)}", f"{rng.randint(1, 5)} mentions"])
                       for tag in vocabulary]
        out, keys = [], set()
        decided_at = born + timedelta(hours=rng.randint(1, 500))
        for tag, name, kind, score, evidence in candidates[:total]:
            key = (tag.slug if tag else name.casefold())[:200]
            if key in keys:
                continue
            keys.add(key)
            suggestion = TagSuggestion(article=article, tag=tag, key=key, name=name[:200], kind=kind, score=score,
                                       evidence=evidence, version=version, created_at=born)
            user = None
            if tag is not None and accepted > 0:
                accepted -= 1
                user = rng.choice(self.editors)
                suggestion.status, suggestion.decided_by, suggestion.decided_at = "accepted", user, decided_at
            elif pending and rng.random() < 0.6:
                suggestion.status = "suggested"
            else:
                suggestion.status = "rejected"
                suggestion.decided_by, suggestion.decided_at = rng.choice(self.editors), decided_at
            out.append((suggestion, user, decided_at))
        if pending and not any(s.status == "suggested" for s, _, _ in out):
            out[-1][0].status, out[-1][0].decided_by, out[-1][0].decided_at = "suggested", None, None
        return out


_FILLER = None  # the parent's Filler, inherited by forked workers


def _build(job):
    return _FILLER.build(*job)


def refresh_article_flags() -> None:
    """The articles' cached state flags, as the services keep them, in one
    UPDATE (the same expressions the services and migration 0009 use)."""
    from editorial.models import Article, Edition, TagSuggestion, Version
    from editorial.querysets import article_cached_columns

    Article.objects.update(**article_cached_columns(
        edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion))


def refresh_publication_dates() -> None:
    """The editions' cached publication dates, as ``version_approve`` keeps
    them, in one UPDATE from the approval events (as migration 0013 does)."""
    from editorial.models import Edition, Event
    from editorial.querysets import publication_date_expressions

    Edition.objects.filter(live_version__isnull=False).update(**publication_date_expressions(event_model=Event))


def fill(n: int, *, seed: int = 11, workers: int = 3, log=print) -> None:
    """Fill the database up to ``n`` articles (resuming a partial fill):
    workers build batches in parallel, this process writes each batch in
    one transaction."""
    import multiprocessing
    import pickle
    from pathlib import Path

    from django.db import connection, connections, transaction
    from django.utils import timezone

    from corpus.models import ImportRun
    from editorial.models import Article, Tag

    global _FILLER
    t0 = time.perf_counter()
    cache = Path(__file__).resolve().parent / "out" / f"admin-templates-{seed}.pickle"
    if cache.exists():
        templates = pickle.loads(cache.read_bytes())
    else:
        templates = build_templates(TEMPLATES_PER_LANGUAGE, seed)
        cache.parent.mkdir(exist_ok=True)
        cache.write_bytes(pickle.dumps(templates))
    log(f"  templates: {sum(map(len, templates.values()))} cleaned by the pipeline ({time.perf_counter() - t0:.1f}s)")
    editors, reviewers, desk, _root = make_users()
    tags = list(Tag.objects.order_by("pk")) or make_vocabulary(random.Random(seed))
    run = ImportRun.objects.filter(arguments__bench="admin_fill").first() or ImportRun.objects.create(
        status="finished", arguments={"bench": "admin_fill"})
    done = Article.objects.count()
    _FILLER = Filler(seed=seed, templates=templates, tags=tags, editors=editors, reviewers=reviewers, desk=desk,
                     now=timezone.now(), run=run, bases=id_bases())
    jobs = [(b, start, min(BATCH, n - start)) for b, start in enumerate(range(done, n, BATCH))]
    connections.close_all()  # the workers never touch the database
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:  # a scratch database: a crash just means refilling
                cursor.execute("PRAGMA synchronous=OFF")
        for i, batch in enumerate(pool.imap(_build, jobs)):
            with transaction.atomic():
                for model, params in batch:
                    insert_params(model, params)
            if i % 10 == 9 or i == len(jobs) - 1:
                log(f"  {min(n, done + (i + 1) * BATCH):>7} articles, {time.perf_counter() - t0:.0f}s")
    reset_sequences()
    refresh_article_flags()
    refresh_publication_dates()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        if connection.vendor == "sqlite":
            # Move the fill out of the write-ahead log into the database file:
            # pages read through a multi-GB WAL would distort every timing.
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fill_groups(n: int) -> None:
    """``n`` auth groups: the baseline's trivial admin changelist."""
    from django.contrib.auth.models import Group
    from django.db import transaction

    with transaction.atomic():
        first = Group.objects.filter(name__startswith="bench group").count()
        Group.objects.bulk_create((Group(name=f"bench group {i:06d}") for i in range(first, first + n)),
                                  batch_size=5000)
