"""From one document's mentions to its entities: one per real-world entity, however written.

Mentions are grouped when they share a normalised name, when one is a
person's surname and the other the full name ("Peressild", "Yulia
Peressild"), when one is the acronym of the other ("International Space
Station (ISS)"), when an organization's name drops a suffix ("Halfmoon",
"Halfmoon Recordings"), when both name the same country ("US", "United
States", and the demonym "American"), or when they are spellings of one
transliterated name ("Peressild", "Peresild").

Each entity takes one class by vote over its mentions, and its canonical
name is the fullest form seen. The result depends on the document alone, so
documents can be read in any process and merged later
(``kg.corpus.consolidate``).
"""

from collections import Counter

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import Ontology
from ..model import LocalEntity
from .mentions import Mention
from .names import entity_key, normalise, spelling_key, spelling_variants_allowed


class _UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] is not item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            # keep the earlier mention as the representative, for determinism
            if (rb.start, rb.end) < (ra.start, ra.end):
                ra, rb = rb, ra
            self.parent[rb] = ra


def _is_initial(word: str) -> bool:
    """Tell whether a word of a name is an initial: "K", "K."."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _words(name: str) -> tuple[str, ...]:
    """Return a name's words, a hyphen parting them as a space does ("Kilroy-Silk")."""
    return tuple(name.replace("-", " ").split())


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def group_mentions(
    mentions: list[Mention], tokens: list[str], lexicon: Lexicon, ontology: Ontology
) -> list[list[Mention]]:
    """Group one document's mentions into the entities they name.

    Args:
        mentions: the document's mentions, in any order.
        tokens: the document's token texts, for "Name (ACRONYM)".
        lexicon: for country names and organization suffixes.
        ontology: for class compatibility.

    Returns:
        Groups of mentions, each sorted by position, in order of first mention.
    """
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    groups = _UnionFind(mentions)
    by_key: dict[str, Mention] = {}
    for m in mentions:
        key = _country_key(m, lexicon) or normalise(m.name)
        if m.fixed and not key.startswith("country:"):
            key = f"{ontology.top(m.cls)}:{key}"  # "Lyon" the team is not "Lyon" the city
        if key in by_key:
            groups.union(by_key[key], m)
        else:
            by_key[key] = m
        top_class = ontology.top(m.cls)
        if spelling_variants_allowed(m.name, top_class):
            spelling = f"spelling:{top_class}:{spelling_key(m.name)}"
            if spelling in by_key:
                groups.union(by_key[spelling], m)  # "Yulia Peressild", "Yulia Peresild"
            else:
                by_key[spelling] = m
    # the class each mention's own evidence supports, before any vote
    top = {m: ontology.top(choose_class([m], ontology)) for m in mentions}
    people = [m for m in mentions if top[m] == "Person" and " " in m.name]
    organizations = [m for m in mentions if top[m] != "Person" and " " in m.name]
    # indexes by the words the rules below compare, so that no rule compares all pairs
    by_ends: dict[tuple[str, str], Mention] = {}
    ending: dict[tuple[str, ...], list[Mention]] = {}  # the last words of longer names
    for person in people:
        words = _words(person.name)
        ends = (words[0], words[-1])
        if ends in by_ends:
            groups.union(by_ends[ends], person)  # "Ingrid Solberg", "Ingrid Margrethe Solberg"
        else:
            by_ends[ends] = person
        for size in range(1, len(words)):
            ending.setdefault(words[-size:], []).append(person)
    # "United" is the one "Manchester United" of the article, "Rovers" its "Blackburn Rovers";
    # other words ending longer names join none, as the tagger's longer names are often
    # phrases ("Latest Opera", "Budget Aston")
    club_words = lexicon.team_suffixes | lexicon.town_team_suffixes
    club_ending: dict[str, list[Mention]] = {}
    for other in organizations:
        last = other.name.split()[-1]
        if last in club_words:
            club_ending.setdefault(last, []).append(other)
    without_suffix: dict[str, list[Mention]] = {}
    for other in organizations:
        *rest, last = other.name.split()
        if last in lexicon.org_suffixes:
            without_suffix.setdefault(" ".join(rest), []).append(other)
    for m in mentions:
        words = tuple(m.name.split())
        parts = _words(m.name)  # "Kilroy-Silk" as "Kilroy Silk", to match full names' endings
        known_place = m.name in lexicon.gazetteer or m.name.lower() in lexicon.countries
        if top[m] == "Person" or (len(words) == 1 and not known_place):
            # a surname ("Peressild", "de Groot", "Kilroy-Silk") joins the one full name it ends
            full = {groups.find(p) for p in ending.get(parts, [])}
            if len(full) == 1:
                groups.union(full.pop(), m)
        if top[m] == "Person" and len(words) > 1 and _is_initial(words[0]):
            # "K Maggs" in a team list is the one "Kevin Maggs" of the article
            full = {
                groups.find(p)
                for p in ending.get(parts[1:], [])
                if p is not m and p.name[0] == words[0][0] and not _is_initial(p.name.split()[0])
            }
            if len(full) == 1:
                groups.union(full.pop(), m)
        if len(words) == 1 and top[m] not in ("Person", "Place"):
            full = {groups.find(o) for o in club_ending.get(m.name, []) if top[o] == top[m]}
            if len(full) == 1:
                groups.union(full.pop(), m)
        clubs = lexicon.nicknames.get(m.name)
        if clubs:
            # "the Gunners" are the article's one Arsenal
            # (whatever the tagger typed the club: sports news reads "Newcastle" as a town)
            full = {groups.find(o) for o in mentions if o.name in clubs}
            if len(full) == 1:
                groups.union(full.pop(), m)
        if m.name.isupper() and len(m.name) >= 2:
            for other in organizations:
                if _acronym(other.name) == m.name or (
                    # "New Orleans (AP)" is a dateline, not a name and its acronym
                    _spelled_out_before(other, m, tokens) and top[other] == top[m]
                ):
                    groups.union(other, m)
                    break
        # "Halfmoon" is "Halfmoon Recordings", but "BBC" is not "BBC Studios"
        # but a given name and a surname are no party's ("the Robert Kilroy-Silk Party")
        if m.name not in lexicon.gazetteer and not (
            top[m] == "Person" and words[0] in lexicon.given_names
        ):
            for other in without_suffix.get(m.name, []):
                groups.union(other, m)
    clusters: dict[Mention, list[Mention]] = {}
    for m in mentions:
        clusters.setdefault(groups.find(m), []).append(m)
    return list(clusters.values())


def same_entity(one: Mention, other: Mention) -> bool:
    """Tell whether two mentions are of one entity, once grouping has keyed them."""
    return other is one or (bool(one.key) and other.key == one.key)


def _spelled_out_before(full: Mention, acronym: Mention, tokens: list[str]) -> bool:
    """Tell whether the text reads "<full> (<acronym>)"."""
    return (
        acronym.start == full.end + 1
        and tokens[full.end] == "("
        and acronym.end < len(tokens)
        and tokens[acronym.end] == ")"
    )


def _country_key(mention: Mention, lexicon: Lexicon) -> str | None:
    country = lexicon.countries.get(mention.name.lower())
    return f"country:{country}" if country else None


def choose_class(mentions: list[Mention], ontology: Ontology) -> str:
    """Pick the entity's class: the top class the evidence favours, then the most specific.

    The tagger votes once per distinct name (its mistakes repeat with the
    string), a specific class (from the gazetteer) counting double; each
    piece of contextual evidence (a describing noun, a role in a fact)
    counts double too.
    """
    tops = Counter()
    for _name, cls in sorted({(m.name, m.cls) for m in mentions}):
        tops[ontology.top(cls)] += 2 if cls != ontology.top(cls) else 1
    for m in mentions:
        for cls in m.evidence:
            tops[ontology.top(cls)] += 2
    top = max(sorted(tops), key=lambda t: tops[t])
    classes = [c for m in mentions for c in [m.cls, *m.evidence] if ontology.top(c) == top]
    return max(classes, key=lambda c: (len(ontology.ancestors(c)), classes.count(c), c))


def choose_label(names: Counter, country: str | None) -> str:
    """Pick the canonical name: the country's own name, else the fullest form seen."""
    if country:
        return country
    return max(sorted(names), key=lambda n: (len(n.split()), names[n], len(n)))


def local_entities(
    mentions: list[Mention], tokens: list[str], lexicon: Lexicon, ontology: Ontology
) -> list[tuple[LocalEntity, list[Mention]]]:
    """Consolidate one document's mentions into its entities, each with its mentions.

    The result depends on this document alone, so documents can be read
    in any process and their entities merged later (``EntityIndex.add``).
    """
    found = []
    for group in group_mentions(mentions, tokens, lexicon, ontology):
        cls = choose_class(group, ontology)
        countries = (lexicon.countries.get(m.name.lower()) for m in group)
        country = next((c for c in countries if c), None)
        if country and ontology.top(cls) == "Place":
            cls = "Country"
        else:
            country = None
        # a club's nickname is another name, never the label: "Boro" is Middlesbrough
        nicknames = {m.name for m in group if m.name in lexicon.nicknames}
        names = Counter(m.name for m in group if m.name not in nicknames)
        if not names:
            names, nicknames = Counter(m.name for m in group), set()
        key = entity_key(choose_label(names, country), ontology.top(cls))
        aliases = tuple(sorted({a for m in group for a in m.aliases} | nicknames))
        local = LocalEntity(key, cls, tuple(sorted(names.items())), aliases, country, len(group))
        for m in group:
            m.key = key
        found.append((local, group))
    return found
