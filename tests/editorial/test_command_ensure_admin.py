"""ensure_admin: a generated password, printed once, never fixed in the repo."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_creates_a_superuser_with_a_generated_password_once():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    text = out.getvalue()
    password = text.split("with password: ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 12

    again = StringIO()
    call_command("ensure_admin", stdout=again)
    assert password not in again.getvalue()
    assert "changepassword admin" in again.getvalue()
    assert get_user_model().objects.count() == 1


def test_two_fresh_installs_get_different_passwords():
    first, second = StringIO(), StringIO()
    call_command("ensure_admin", "--username", "a", stdout=first)
    call_command("ensure_admin", "--username", "b", stdout=second)
    assert first.getvalue().split("password: ")[1] != second.getvalue().split("password: ")[1]


def test_demo_creates_an_editor_and_a_reviewer_with_one_role_each():
    out = StringIO()
    call_command("ensure_admin", "--demo", stdout=out)
    text = out.getvalue()
    users = get_user_model().objects
    for name, role in (("editor", "Editor"), ("reviewer", "Reviewer")):
        password = text.split(f"'{name}' ({role}) with password: ")[1].split()[0]
        user = users.get(username=name)
        assert user.check_password(password) and user.is_staff and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [role]
    assert "Review queue" in text and "four eyes" in text
    again = StringIO()
    call_command("ensure_admin", "--demo", stdout=again)
    assert "password: " not in again.getvalue()
    assert users.count() == 3
