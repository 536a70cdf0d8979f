"""Facts between mentions, read off the dependency parse by rules driven by the lexicon.

The extraction state of one document (``_Extraction``) holds its mentions,
their resolver and the facts found; the rule families are mixed into it,
one module each:

- ``kg.extract.rules.typing``: typing mentions from their context, before any fact;
- ``kg.extract.rules.titles``: job titles, read whole;
- ``kg.extract.rules.units``: the unnamed departments a title heads ("director of sales");
- ``kg.extract.rules.descriptions``: titles, demonyms, owners and places around a name;
- ``kg.extract.rules.affiliations``: where people are from and whom they belong to, after
  the name;
- ``kg.extract.rules.nominals``: definite descriptions ("the Spanish club") read as names;
- ``kg.extract.rules.verbs``: verb triggers from ``verbs.tsv``, in either voice;
- ``kg.extract.rules.places``: places within places;
- ``kg.extract.rules.positions``: a player's position, "started at fly-half";
- ``kg.extract.rules.lead``: a lead's title given to the person the next sentence names;
- ``kg.extract.rules.focus``: a bare head's title read as the organization in focus's;
- ``kg.extract.rules.negation``: what "not" and "denied" silence.

With ``learned=True``, pairs of mentions that no rule relates are then
offered to the classifier of ``kg.extract.relation_model``.

The ``kg_facts`` component runs them all and stores the mentions and facts
on ``doc._.kg_mentions`` and ``doc._.kg_facts``.
"""

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..knowledge.lexicon import Lexicon, Title, load_lexicon
from ..knowledge.ontology import Ontology, load_ontology
from ..knowledge.places import load_places
from ..resources import relation_model_file
from .coref import Resolver
from .mentions import Mention, collect_mentions
from .relation_model import (
    RelationModel,
    candidate_pairs,
    learned_property,
    pair_features,
    path_tokens,
    signature_of,
)
from .rules.affiliations import AffiliationRules
from .rules.describing import DescribingWords
from .rules.descriptions import DescriptionRules
from .rules.focus import FocusRules
from .rules.lead import LeadRules
from .rules.negation import negated
from .rules.nominals import NominalRules
from .rules.places import PlaceRules
from .rules.positions import PositionRules
from .rules.titles import TitleRules
from .rules.typing import ClassRules
from .rules.units import UnitRules
from .rules.verbs import VerbRules


@dataclass(frozen=True)
class Fact:
    """A fact stated in a document, between mentions or with a literal object.

    Attributes:
        subject: the mention the fact is about.
        property: the ontology property's local name.
        object: a mention, or a string for a literal property (occupation).
        rule: the name of the rule that found it.
        token: index of the token that triggered it (for provenance).
        confidence: how sure the finder is, when it scores each fact (the
            learned classifier); a rule's facts take the rule's confidence.
    """

    subject: Mention
    property: str
    object: "Mention | str"
    rule: str
    token: int
    confidence: float | None = None


class _Extraction(
    ClassRules,
    DescribingWords,
    TitleRules,
    UnitRules,
    DescriptionRules,
    AffiliationRules,
    FocusRules,
    NominalRules,
    VerbRules,
    PlaceRules,
    PositionRules,
    LeadRules,
):
    """Extraction state for one document, with every rule family mixed in."""

    def __init__(self, doc: Doc, lexicon: Lexicon, ontology: Ontology):
        self.doc = doc
        # the tokens, made once: each rule family walks them, and spaCy makes a new
        # Token object at every step of a walk over the Doc
        self.tokens = list(doc)
        self.nouns = [t for t in self.tokens if t.pos_ == "NOUN"]
        self.verbs = [t for t in self.tokens if t.pos_ in ("VERB", "AUX")]
        self.lexicon = lexicon
        self.ontology = ontology
        self.mentions = collect_mentions(doc, lexicon)
        self.resolver = Resolver(doc, self.mentions, lexicon, ontology)
        self.facts: list[Fact] = []
        #: the readings made so far: one reading of a fact at a token is one piece of
        #: evidence, however many rules reach it
        self.readings: set[tuple] = set()
        self.countries: dict[tuple[int, str], Mention] = {}
        #: sports teams named after a place ("Lyon coach"), by the place's mention
        self.teams: dict[Mention, Mention] = {}
        #: people with a title that names no organization or work ("director Klim Chipenko")
        self.unattached_titles: list[tuple[Mention, Title, Token]] = []

    def add(self, subject, prop: str, obj, rule: str, token: Token, clausal: bool = False) -> None:
        """Record a fact unless it links a mention to itself or, for a clause, is negated.

        A description ("French astronaut Thomas Pesquet") holds whatever the
        clause around it says; a verb or copula fact (``clausal``) does not
        hold under "not" or "denied".
        """
        if subject is None or obj is None or subject is obj or (clausal and negated(token)):
            return
        if prop == "locatedIn" and self.inside_out(subject, obj):
            return
        reading = (id(subject), prop, obj if isinstance(obj, str) else id(obj), token.i)
        if reading in self.readings:
            return
        self.readings.add(reading)
        self.facts.append(Fact(subject, prop, obj, rule, token.i))

    def is_country(self, mention: Mention) -> bool:
        """Tell whether a mention names a country: by its class, the lexicon or GeoNames."""
        return (
            mention.cls == "Country"
            or mention.name.lower() in self.lexicon.countries
            or load_places().is_country(mention.name)
        )

    def country(self, token: Token, name: str, cls: str = "Country") -> Mention:
        """Return a mention standing for the country (or region) a demonym names."""
        key = (token.i, name)
        if key not in self.countries:
            self.countries[key] = Mention(token.i, token.i + 1, name, cls)
        return self.countries[key]

    def domain(self, prop: str) -> frozenset[str]:
        return self.ontology.domains[prop]

    def range(self, prop: str) -> frozenset[str]:
        return self.ontology.ranges.get(prop, frozenset())

    def expand(self, token: Token) -> list[Token]:
        """Return ``token`` and the tokens coordinated with it ("X and Y")."""
        return [token, *token.conjuncts]

    def learned_facts(self, mentions: list[Mention], model: RelationModel) -> None:
        """Add the facts the classifier finds between mentions that no rule related."""
        related = {
            frozenset((id(f.subject), id(f.object)))
            for f in self.facts
            if isinstance(f.object, Mention)
        }
        # a demonym's country ("Turkish membership") is no participant of the sentence
        demonyms = {id(m) for m in self.countries.values()}
        for a, b, group in candidate_pairs(self.doc, mentions, self.ontology):
            if frozenset((id(a), id(b))) in related or {id(a), id(b)} & demonyms:
                continue
            path = path_tokens(self.doc[a.start : a.end].root, self.doc[b.start : b.end].root)
            if path is None or any(negated(t) for t in path[0] + path[1]):
                continue  # "X did not join Y", "denied that X lives in Y": no fact
            features = pair_features(self.doc, a, b, group)
            probability = model.probability(signature_of(a, b, self.ontology), features)
            prop = learned_property(a.cls, b.cls, self.lexicon.learned_relations, self.ontology)
            if probability >= model.threshold and prop:
                fact = Fact(a, prop, b, "learned", min(a.start, b.start), round(probability, 2))
                self.facts.append(fact)

    def add_by_domain(self, prop: str, a: Mention, b: Mention, rule: str, token: Token) -> None:
        """Add ``a prop b`` or ``b prop a``, whichever order the property's domain admits."""
        if self.ontology.fits(a.cls, self.domain(prop)):
            self.add(a, prop, b, rule, token)
        elif self.ontology.fits(b.cls, self.domain(prop)):
            self.add(b, prop, a, rule, token)


def extract(
    doc: Doc, lexicon: Lexicon | None = None, model: RelationModel | None = None
) -> tuple[list[Mention], list[Fact]]:
    """Return the mentions and facts of a parsed document.

    Args:
        doc: a document parsed by a pipeline with ``kg_entity_fixes``.
        lexicon: the lexicon to use (default: the bundled one).
        model: the relation classifier to offer unrelated pairs to (default: none).
    """
    state = _Extraction(doc, lexicon or load_lexicon(), load_ontology())
    state.classify()
    state.demonym_countries()
    state.descriptions()
    state.possessed_titles()
    state.lead_titles()
    state.pronoun_copulas()
    state.verb_facts()
    state.described_nominals()
    state.respective_demonyms()
    state.bracketed_affiliations()
    state.squad_places()
    state.played_positions()
    state.place_pairs()
    state.owned_works()
    state.single_film()
    state.focus_heads()
    state.focus_trades()
    state.focus_demonyms()
    mentions = state.mentions + list(state.countries.values()) + list(state.teams.values())
    if model is not None:
        state.learned_facts(mentions, model)
    return mentions, state.facts


class FactExtractor:
    """The ``kg_facts`` component: puts mentions and facts on the ``Doc``."""

    def __init__(self, nlp: Language, name: str, learned: bool = False) -> None:
        for attr in ("kg_mentions", "kg_facts"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)
        self.lexicon = load_lexicon()
        self.model = RelationModel.load(relation_model_file()) if learned else None

    def __call__(self, doc: Doc) -> Doc:
        """Extract the document's mentions and facts onto ``doc._``."""
        doc._.kg_mentions, doc._.kg_facts = extract(doc, self.lexicon, self.model)
        return doc


@Language.factory("kg_facts", default_config={"learned": False})
def make_fact_extractor(nlp: Language, name: str, learned: bool) -> FactExtractor:
    """Create the component that extracts facts between entity mentions.

    ``learned``: also offer the pairs no rule relates to the relation classifier.
    """
    return FactExtractor(nlp, name, learned)
