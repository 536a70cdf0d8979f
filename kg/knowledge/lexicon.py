"""The lexical knowledge that maps English words to the ontology.

Each table is a small tab-separated file in ``ontology/lexicon/`` with a
header row; lines starting with ``#`` are comments. Users extend kg by
adding rows, not code:

- ``countries.tsv``: countries, their other names and demonyms;
- ``regions.tsv``: regions (Europe) and the adjectives that name them (European);
- ``titles.tsv``: job titles, the fact each implies, and whether it is an occupation;
- ``class_nouns.tsv``: nouns that name an entity's class ("club", "film");
- ``verbs.tsv``: verb triggers with their argument roles;
- ``possessives.tsv``: what "<owner>'s <entity>" states;
- ``gazetteer.tsv``: well-known names with their class;
- ``furniture.tsv``: patterns of page furniture to drop;
- ``name_parts.tsv``: honorifics, organization-name suffixes and team-name words;
- ``place_heads.tsv``: words after which "of/from <name>" names a place;
- ``copulas.tsv``: verbs that link a name to what it is ("is", "was named");
- ``rules.tsv``: the confidence of each extraction rule;
- ``hedges.tsv``: words of denial, modals and intentions that keep a clause from a fact;
- ``learned_relations.tsv``: the property a learned fact gets, by its classes;
- ``title_words.tsv``: words inside titles, subordinate ranks, nouns that are no title,
  people a town before whom says where they live, film roles, firms' heads' titles,
  and the verbs that give or end a post named after "as" (``TITLE_WORD_KINDS``);
- ``name_heads.tsv``: last words of names that say what they name ("Cup", "Committee");
- ``given_names.tsv``: common given names (made from names-dataset);
- ``nicknames.tsv``: clubs' nicknames and the clubs each stands for;
- ``genders.tsv``: the personal pronouns and the titles before names that say a gender.
"""

import csv
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from ..errors import LexiconError
from ..resources import lexicon_dir
from .ontology import load_ontology

#: endings of nouns that name what a person does ("dancer", "sprinter", "pianist")
AGENT_ENDINGS = ("er", "tor", "sor", "ist", "ian", "man", "woman", "person", "eer", "ant")


@dataclass(frozen=True)
class Title:
    """A job title or role, and the fact it implies."""

    phrase: str
    relation: str | None
    is_occupation: bool
    in_team: bool = False
    is_position: bool = False  # a place on the field: "at fly-half", "on the wing"


@dataclass(frozen=True)
class VerbRule:
    """A verb trigger: ``subject property object`` read off the verb's roles."""

    lemma: str
    subject: str
    property: str
    object: str
    requires: str | None
    example: str = ""  # a sentence it reads: subject in [brackets], object in {braces}


@dataclass(frozen=True)
class Lexicon:
    """All lexicon tables, loaded and indexed for look-up."""

    countries: dict[str, str]  # lower-cased name or alias -> canonical country
    demonyms: dict[str, str]  # lower-cased demonym -> canonical country
    titles: dict[str, Title]  # lower-cased phrase -> title
    class_nouns: dict[str, str]  # lower-cased noun (phrase) -> class
    verbs: dict[str, list[VerbRule]]  # lemma -> rules
    possessives: dict[tuple[str, str], str]  # (owner top class, owned top class) -> property
    gazetteer: dict[str, str]  # exact name -> class
    furniture_lines: list[re.Pattern]
    furniture_ends: list[re.Pattern]
    honorifics: frozenset[str]
    org_suffixes: frozenset[str]
    team_words: frozenset[str]  # words that make a club's name anywhere: "Real", "FC"
    place_heads: frozenset[str]  # "northeast of X", "a nurse from X"
    place_nouns: frozenset[str]  # "its X farm", "his X home"
    copulas: frozenset[str]
    rule_confidence: dict[str, float]  # rule name (before any ":") -> confidence
    learned_relations: dict[tuple[str, str], str]  # (subject class, object class) -> property
    hedges: dict[str, frozenset[str]]  # kind (denial, modal, intention) -> words
    #: words around titles by kind (``TITLE_WORD_KINDS``): modifier, subordinate, not_title, …
    title_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words that make a club's name at its end only: "Leeds United" (not "United States")
    team_suffixes: frozenset[str] = frozenset()
    town_team_suffixes: frozenset[str] = frozenset()
    #: subjects an institution's name lists: "... for Education and Skills"
    fields: frozenset[str] = frozenset()
    #: abbreviations of common things that name no entity on their own: "GMT", "IPO"
    not_names: frozenset[str] = frozenset()
    #: letters after a person's name that say an office or an honour: "MSP", "QC"
    letters: frozenset[str] = frozenset()
    #: a saint's title, whose possessive opens a longer name: "St George's Chapel"
    saints: frozenset[str] = frozenset()
    #: a nation -> the country it is part of: "Wales" -> "United Kingdom"
    country_parts: dict[str, str] = field(default_factory=dict)
    #: honorifics used of people alone: "Mr", "Dr" (also in ``honorifics``)
    courtesy_titles: frozenset[str] = frozenset()
    #: ranks that may stand before a name as part of how it is written: "Baroness", "Prince"
    styles: frozenset[str] = frozenset()
    #: lower-cased adjective of a region -> the region: "european" -> "Europe"
    regions: dict[str, str] = field(default_factory=dict)
    #: a person's home, whose place is where they live: "his Malibu home", "her flat in Leeds"
    home_nouns: frozenset[str] = frozenset()
    #: words before a place's name that say which part of it: "eastern Sudan"
    place_parts: frozenset[str] = frozenset()
    #: words that end names and say what they name: "Cup", "Committee" (no coreference)
    name_heads: dict[str, str] = field(default_factory=dict)
    #: common given names, as written ("Samantha", "Ai")
    given_names: frozenset[str] = frozenset()
    #: example sentences of the possessive patterns, with the property each states
    possessive_examples: dict[str, str] = field(default_factory=dict)
    #: clubs' nicknames, as written, and the names of the clubs each stands for
    nicknames: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the gender ("m", "f") each personal pronoun says ("he", "her")
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    #: the gender each title before a name says, as written ("Ms", "Sir")
    title_genders: dict[str, str] = field(default_factory=dict)

    def name_class(self, word: str) -> str | None:
        """Return the class a name's last word gives it: a class noun or a name head."""
        return self.class_nouns.get(word) or self.name_heads.get(word)

    def confidence(self, rule: str) -> float:
        """Return the confidence of a rule ("verb:direct" counts as "verb")."""
        return self.rule_confidence.get(rule.split(":")[0], 0.5)

    @cached_property  # asked for every noun phrase of every document
    def max_title_words(self) -> int:
        """Return the word count of the longest title phrase."""
        return max(len(t.split()) for t in self.titles)

    @cached_property  # asked for every name in brackets
    def clubs(self) -> frozenset[str]:
        """Return the names of the clubs the nicknames stand for: "Everton", "Arsenal"."""
        return frozenset().union(*self.nicknames.values())

    @cached_property  # asked for every organization of every document
    def seating_verbs(self) -> frozenset[str]:
        """Return the verbs that seat a thing "in" a place: based, headquartered, located."""
        return frozenset(
            lemma
            for lemma, rules in self.verbs.items()
            if any(r.property in ("basedIn", "locatedIn") and r.object == "prep:in" for r in rules)
        )


def read_table(path: Path, columns: list[str]) -> list[dict[str, str]]:
    """Read a lexicon table, checking that its header names ``columns``.

    Args:
        path: the ``.tsv`` file.
        columns: the column names the header must start with.

    Returns:
        One dict per data row, with empty cells as empty strings.

    Raises:
        LexiconError: the file is missing, or its header or a row is malformed.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon table ({exc.strerror})") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][: len(columns)] != columns:
        raise LexiconError(f"{path}: expected a header row '{chr(9).join(columns)}'")
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > len(columns) or not row[0].strip():
            raise LexiconError(
                f"{path}: data row {number} has {len(row)} columns, not {len(columns)}"
            )
        row = row + [""] * (len(columns) - len(row))
        records.append({c: v.strip() for c, v in zip(columns, row, strict=True)})
    return records


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _check_class(path: Path, cls: str) -> str:
    if cls not in load_ontology().parents:
        raise LexiconError(f"{path}: '{cls}' is not a class of the ontology")
    return cls


def _check_property(path: Path, prop: str) -> str:
    if prop not in load_ontology().properties:
        raise LexiconError(f"{path}: '{prop}' is not a property of the ontology")
    return prop


#: the kinds of words around titles that ``title_words.tsv`` lists (see its header)
TITLE_WORD_KINDS = (
    "modifier",
    "subordinate",
    "not_title",
    "resident",
    "film_role",
    "person",
    "focus_head",
    "role_verb",
    "role_giver",
    "role_ender",
    "remit",
    "trade",
)


@cache
def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Load every lexicon table from ``folder`` (default: the bundled one)."""
    folder = folder or lexicon_dir()
    countries, demonyms, country_parts = {}, {}, {}
    for row in read_table(folder / "countries.tsv", ["country", "aliases", "demonyms", "part_of"]):
        if row["part_of"]:
            country_parts[row["country"]] = row["part_of"]
        for name in [row["country"], *_split(row["aliases"])]:
            countries[name.lower()] = row["country"]
        for demonym in _split(row["demonyms"]):
            demonyms[demonym.lower()] = row["country"]

    regions = {
        adjective.lower(): row["region"]
        for row in read_table(folder / "regions.tsv", ["region", "adjectives"])
        for adjective in _split(row["adjectives"])
    }

    path = folder / "titles.tsv"
    titles = {}
    for row in read_table(path, ["title", "relation", "occupation", "team"]):
        relation = None if row["relation"] in ("", "-") else _check_property(path, row["relation"])
        titles[row["title"].lower()] = Title(
            row["title"].lower(),
            relation,
            row["occupation"] == "yes",
            row["team"] in ("yes", "position"),
            row["team"] == "position",
        )

    path = folder / "class_nouns.tsv"
    class_nouns = {
        row["noun"].lower(): _check_class(path, row["class"])
        for row in read_table(path, ["noun", "class"])
    }

    path = folder / "verbs.tsv"
    verbs: dict[str, list[VerbRule]] = {}
    for row in read_table(path, ["lemma", "subject", "property", "object", "requires", "example"]):
        rule = VerbRule(
            row["lemma"],
            row["subject"],
            _check_property(path, row["property"]),
            row["object"],
            None if row["requires"] in ("", "-") else row["requires"],
            row["example"],
        )
        verbs.setdefault(rule.lemma, []).append(rule)

    path = folder / "possessives.tsv"
    possessive_rows = read_table(path, ["owner", "owned", "property", "example"])
    possessives = {
        (_check_class(path, r["owner"]), _check_class(path, r["owned"])): _check_property(
            path, r["property"]
        )
        for r in possessive_rows
    }
    possessive_examples = {r["example"]: r["property"] for r in possessive_rows}

    path = folder / "gazetteer.tsv"
    gazetteer = {
        r["name"]: _check_class(path, r["class"]) for r in read_table(path, ["name", "class"])
    }

    path = folder / "furniture.tsv"
    lines, ends = [], []
    for row in read_table(path, ["kind", "pattern"]):
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{path}: bad pattern {row['pattern']!r} ({exc})") from exc
        {"line": lines, "end": ends}.get(row["kind"], []).append(pattern)

    parts = read_table(folder / "name_parts.tsv", ["kind", "word"])
    courtesy_titles = frozenset(r["word"] for r in parts if r["kind"] == "courtesy")
    honorifics = courtesy_titles | {r["word"] for r in parts if r["kind"] == "honorific"}
    org_suffixes = frozenset(r["word"] for r in parts if r["kind"] == "org_suffix")
    team_words = frozenset(r["word"] for r in parts if r["kind"] == "team_word")
    team_suffixes = frozenset(r["word"] for r in parts if r["kind"] == "team_suffix")
    town_team_suffixes = frozenset(r["word"] for r in parts if r["kind"] == "town_team_suffix")
    fields = frozenset(r["word"] for r in parts if r["kind"] == "field")
    letters = frozenset(r["word"] for r in parts if r["kind"] == "letters")
    styles = frozenset(r["word"] for r in parts if r["kind"] == "style")
    saints = frozenset(r["word"] for r in parts if r["kind"] == "saint")
    not_names = frozenset(r["word"] for r in parts if r["kind"] == "not_name") | letters
    head_rows = read_table(folder / "place_heads.tsv", ["word", "position"])
    place_heads = frozenset(r["word"] for r in head_rows if r["position"] == "of")
    home_nouns = frozenset(r["word"] for r in head_rows if r["position"] == "home")
    place_nouns = frozenset(r["word"] for r in head_rows if r["position"] == "before")
    place_parts = frozenset(r["word"] for r in head_rows if r["position"] == "part")
    copulas = frozenset(r["lemma"] for r in read_table(folder / "copulas.tsv", ["lemma"]))

    path = folder / "rules.tsv"
    rule_confidence = {}
    for row in read_table(path, ["rule", "confidence"]):
        try:
            value = float(row["confidence"])
        except ValueError:
            value = -1.0
        if not 0.0 < value <= 1.0:
            raise LexiconError(f"{path}: confidence of {row['rule']} must be in (0, 1]")
        rule_confidence[row["rule"]] = value

    path = folder / "learned_relations.tsv"
    learned_relations = {
        (_check_class(path, r["subject"]), _check_class(path, r["object"])): _check_property(
            path, r["property"]
        )
        for r in read_table(path, ["subject", "object", "property"])
    }

    hedge_rows = read_table(folder / "hedges.tsv", ["kind", "word"])
    hedges = {
        kind: frozenset(r["word"] for r in hedge_rows if r["kind"] == kind)
        for kind in ("denial", "modal", "intention", "inversion")
    }

    path = folder / "title_words.tsv"
    word_rows = read_table(path, ["word", "kind"])
    for number, row in enumerate(word_rows, 1):
        if row.get("kind") not in TITLE_WORD_KINDS:
            kinds = ", ".join(TITLE_WORD_KINDS)
            raise LexiconError(f"{path}: data row {number} has no kind of {kinds}")
    title_words = {
        kind: frozenset(r["word"] for r in word_rows if r["kind"] == kind)
        for kind in TITLE_WORD_KINDS
    }

    given_names = frozenset(r["name"] for r in read_table(folder / "given_names.tsv", ["name"]))
    path = folder / "name_heads.tsv"
    name_heads = {
        row["word"].lower(): _check_class(path, row["class"])
        for row in read_table(path, ["word", "class"])
    }

    nicknames: dict[str, frozenset[str]] = {}
    for row in read_table(folder / "nicknames.tsv", ["nickname", "club"]):
        nicknames[row["nickname"]] = nicknames.get(row["nickname"], frozenset()) | {row["club"]}

    gender_rows = read_table(folder / "genders.tsv", ["kind", "word", "gender"])
    pronoun_genders = {r["word"]: r["gender"] for r in gender_rows if r["kind"] == "pronoun"}
    title_genders = {r["word"]: r["gender"] for r in gender_rows if r["kind"] == "title"}

    return Lexicon(
        countries,
        demonyms,
        titles,
        class_nouns,
        verbs,
        possessives,
        gazetteer,
        lines,
        ends,
        honorifics,
        org_suffixes,
        team_words,
        place_heads,
        place_nouns,
        copulas,
        rule_confidence,
        learned_relations,
        hedges,
        title_words=title_words,
        given_names=given_names,
        name_heads=name_heads,
        team_suffixes=team_suffixes,
        town_team_suffixes=town_team_suffixes,
        fields=fields,
        not_names=not_names,
        letters=letters,
        saints=saints,
        country_parts=country_parts,
        styles=styles,
        courtesy_titles=courtesy_titles,
        place_parts=place_parts,
        home_nouns=home_nouns,
        regions=regions,
        possessive_examples=possessive_examples,
        nicknames=nicknames,
        pronoun_genders=pronoun_genders,
        title_genders=title_genders,
    )
