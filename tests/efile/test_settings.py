"""Settings: JSON in the config folder, versioned, validated; no secrets in them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop import settings as st


def test_defaults_when_there_is_no_file(config_dir: Path) -> None:
    s = st.load()
    assert s.endpoint_url == "http://127.0.0.1:8765" and s.version == st.SETTINGS_VERSION
    assert st.settings_path() == config_dir / "settings.json"


def test_save_and_load_round_trip(config_dir: Path) -> None:
    s = st.load()
    s.endpoint_url = "https://efile.example.org/cal/"
    s.vendor_id = "ACME"
    path = st.save(s)
    assert path.parent == config_dir
    doc = json.loads(path.read_text())
    assert doc["endpoint_url"] == "https://efile.example.org/cal" and doc["version"] == 1
    assert not any("password" in key or "pin" in key for key in doc)
    assert st.load().vendor_id == "ACME"


@pytest.mark.parametrize("url", ["http://efile.example.org", "ftp://127.0.0.1",
                                 "https://user:pw@efile.example.org", "not a url"])
def test_unsafe_endpoints_are_refused(config_dir: Path, url: str) -> None:
    with pytest.raises(ValueError):
        st.Settings(endpoint_url=url)
    (config_dir).mkdir()
    (config_dir / "settings.json").write_text(json.dumps({"version": 1, "endpoint_url": url}))
    with pytest.raises(st.SettingsError, match="settings.json: endpoint_url"):
        st.load()


@pytest.mark.parametrize("url", ["http://127.0.0.1:9", "http://localhost:8765",
                                 "http://[::1]:8765", "https://efile.example.org"])
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    assert st.Settings(endpoint_url=url).endpoint_url == url


def test_an_old_file_is_upgraded(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps({"server_url": "https://a.example"}))
    s = st.load()
    assert s.endpoint_url == "https://a.example" and s.version == 1


def test_a_newer_file_is_read_but_never_overwritten(config_dir: Path) -> None:
    config_dir.mkdir()
    path = config_dir / "settings.json"
    path.write_text(json.dumps({"version": 99, "vendor_id": "NEW", "future_key": 1}))
    s = st.load()
    assert s.vendor_id == "NEW"
    with pytest.raises(st.SettingsError, match="newer"):
        st.save(s)
    assert json.loads(path.read_text())["future_key"] == 1


def test_a_broken_file_is_named(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text("{not json")
    with pytest.raises(st.SettingsError, match="settings.json: cannot be read"):
        st.load()
