"""corpus writes editorial rows only through editorial.services (reads via managers are fine)."""

from __future__ import annotations

import ast
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
READS = {"filter", "exclude", "get", "exists", "values", "values_list", "vocabulary_entries", "count", "in_bulk"}
ALLOWED_EDITORIAL_MODULES = {"editorial.services", "editorial.exceptions", "editorial.models"}


def corpus_modules():
    for path in CORPUS.rglob("*.py"):
        parts = path.relative_to(CORPUS).parts
        if parts[0] in {"migrations", "pipeline"}:
            continue  # migrations use historical models; the pipeline imports no Django at all
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_corpus_imports_from_editorial_only_services_exceptions_and_models():
    for path, tree in corpus_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("editorial"):
                assert node.module in ALLOWED_EDITORIAL_MODULES, (path, node.module)


def test_editorial_models_are_only_read_from_corpus():
    for path, tree in corpus_modules():
        models = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "editorial.models"
            for alias in node.names
        }
        for node in ast.walk(tree):
            # Model.objects.<method>(...)
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "objects"
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id in models
            ):
                assert node.attr in READS, f"{path}: {node.value.value.id}.objects.{node.attr} writes editorial rows"
            # Model(...) builds a row to save
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in models:
                raise AssertionError(f"{path}: builds an editorial {node.func.id} row")
