"""Helpers the tests share: data, fakes and scaffolding. conftest.py files hold fixtures only."""
