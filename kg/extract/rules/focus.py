"""The organization an article is about, as the one a bare title heads.

"Yukos said it would appeal … 'We want them back,' said chief executive
Steven Theede": once an article is about a firm, news names its head by
title alone. A firm's head's title (``focus_head`` in ``title_words.tsv``)
that names no organization, not even one no rule could resolve ("Forest
chief executive"), is read as heading the organization in focus: of the
organizations named so far, the one named clearly most often, the last one
named, within the last few sentences, and the only one in the title's
sentence; not a party, a government body or a news organization. A team's
coach or manager is no ``focus_head``: sports news names many teams, and a
national side's coach is not its players' clubs'.
"""

from collections import Counter

from spacy.tokens import Token

from ..mentions import Mention
from ..personhood import surely_person
from ..spans import in_age
from .quotes import quoted

#: how many sentences back the organization in focus must last have been named
_NEAR_SENTENCES = 3
#: organizations whose head is not named by a firm's titles; a news organization is
#: more often the source than the subject
_NOT_FOCUS = ("PoliticalParty", "GovernmentOrganization", "NewsOrganization")
_AFFILIATIONS = ("directedBy", "worksFor", "memberOf")
#: parts of speech of a capitalised word before a title that names nothing ("But chairman X")
_FUNCTION_WORDS = ("DET", "CCONJ", "SCONJ", "ADV", "ADP", "PRON", "AUX", "VERB", "PART", "PUNCT")


class FocusRules:
    """Rules that read a bare title as the focus organization's; mixed into the extraction state."""

    def focus_heads(self) -> None:
        """State that the organization in focus is headed by each person a bare title names."""
        heads = self.lexicon.title_words.get("focus_head", frozenset())
        # by entity, not by mention: "Terry Leahy, the chief executive of Tesco" earlier in
        # the article says whose chief executive a later "chief executive Terry Leahy" is
        attached = {(_entity(f.subject), f.property) for f in self.facts}
        attached |= {(_entity(f.object), f.property) for f in self.facts}
        for person, title, head in self.unattached_titles:
            if title.phrase not in heads or title.relation != "directedBy":
                continue
            # "a chief executive", "chief executives": one of several, not the head (an
            # "executive" tagged as an adjective is the title's head all the same)
            if head.tag_ in ("NNS", "NNPS") or self.indefinite(head):
                continue
            if any((_entity(person), relation) in attached for relation in _AFFILIATIONS):
                continue
            if self.names_its_own(head):
                continue
            organization = self.focus(head)
            if organization is not None:
                self.add(organization, "directedBy", person, "focus-head", head)

    def names_its_own(self, head: Token) -> bool:
        """Tell whether a title's phrase names an organization, if one no rule could resolve.

        "Forest chief executive X", "Marsh's new chief executive", "chairman of
        the Commons committee", "Lyric chairman X" opening a sentence: the
        title is another's, not the focus's.
        """
        if any(c.dep_ in ("poss", "prep") and c.lower_ != "since" for c in head.children):
            return True
        i = head.i - 1
        while i >= 0:
            token = self.doc[i]
            part = token.is_lower and token.pos_ in ("ADJ", "NOUN")
            if not (part or self.title_word(token) or self.joins_titles(token)):
                break
            i -= 1
        if i < 0:
            return False
        before = self.doc[i]
        # a capitalised word that is no function word ("But chairman X") is a name
        capital = (
            before.text[:1].isupper()
            and before.pos_ not in _FUNCTION_WORDS
            and before.lower_ not in self.lexicon.demonyms  # "Dutch co-chairman X"
        )
        return capital or before.text == ")" or before.tag_ == "POS" or i in self.resolver.at

    def focus(self, head: Token) -> Mention | None:
        """Return the organization in focus where ``head`` stands, if one clearly is.

        Every organization named counts, teams named by their town and the
        kinds no firm's title heads included: a party named since, or a news
        organization in the title's sentence, leaves no organization in focus.
        """
        counts, latest, in_sentence = self.named_before(head, "Organization", self.teams.values())
        found = self.clearly_latest(head, counts, latest)
        if found is None or in_sentence - {_entity(found)}:
            return None  # "Gazprom bid, said chief executive X": another is named by him
        if any(self.ontology.is_a(found.cls, c) for c in _NOT_FOCUS):
            return None
        return found

    def surely_someone(self, person: Mention) -> bool:
        """Tell whether one of the names of ``person``'s entity is surely a person's."""
        key = _entity(person)
        return any(
            surely_person(self.doc, m, self.lexicon) for m in self.mentions if _entity(m) == key
        )

    def named_before(self, head: Token, top: str, extra=()) -> tuple[Counter, dict, set]:
        """Count the entities of class ``top`` named before ``head``.

        Returns how often each entity was named before it, each one's latest
        mention before it, and the entities named in its sentence.
        """
        here = self.resolver.sentence_of[head.i]
        counts: Counter = Counter()
        latest: dict = {}
        in_sentence = set()
        for mention in sorted([*self.mentions, *extra], key=lambda m: m.start):
            if self.ontology.top(mention.cls) != top:
                continue
            key = _entity(mention)
            if self.resolver.sentence_of[mention.start] == here:
                in_sentence.add(key)
            if mention.start < head.i:
                counts[key] += 1
                latest[key] = mention
        return counts, latest, in_sentence

    def clearly_latest(self, head: Token, counts: Counter, latest: dict) -> Mention | None:
        """Return the entity named clearly most often and last, lately, before ``head``."""
        if not counts:
            return None
        ranked = counts.most_common(2)
        key = ranked[0][0]
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            return None  # no one entity is the article's
        if max(latest.values(), key=lambda m: m.start) is not latest[key]:
            return None  # another was named since: it may be meant
        here = self.resolver.sentence_of[head.i]
        if here - self.resolver.sentence_of[latest[key].start] > _NEAR_SENTENCES:
            return None
        return latest[key]

    def focus_trades(self) -> None:
        """Give the person in focus the trade a bare definite title names: "the singer".

        "Ozzy Osbourne … The singer grabbed an intruder": news names the
        person an article is about by their trade (``trade`` in
        ``title_words.tsv``). The person is the one named clearly most often
        so far, the last person named, within the last few sentences, and
        not in the title's own sentence (a name there means the title is
        someone else's); the title is not quoted (a speaker's "the singer" is
        anyone's). One of its names must be surely a person's: a band or a
        firm the tagger took for a person is no singer.
        """
        trades = self.lexicon.title_words.get("trade", frozenset())
        last_words = {trade.rsplit("-", 1)[-1] for trade in trades}  # "maker" of "film-maker"
        for head in self.nouns:
            if head.lower_ not in last_words or head.tag_ != "NN":
                continue
            if head.dep_ in ("attr", "appos", "compound"):
                continue
            words = self.words_before(head)
            if not self.bare(head, words) or self.names_next(head):
                continue  # "the singer of the band", "the singer Lena": another's, or named
            reading = self.read_title(head, words[1:], generic=False)
            if reading is None or reading.title.phrase not in trades:
                continue
            if not all(self.describes_trade(w) for w in words[1:] if w.i < reading.first):
                continue  # "the former singer", "the band's singer": not the person's now
            person = self.person_in_focus(head)
            if person is not None:
                self.title_facts(person, head, words[1:], rule="focus-trade")

    def focus_demonyms(self) -> None:
        """Give the person in focus the country a bare demonym names: "the Belgian".

        "Justine Henin-Hardenne won in Dubai … The Belgian had been out for
        months": news names the person an article is about by nationality
        alone, as by trade (see ``focus_trades``, whose conditions hold). A
        demonym that also names a people ("the Irish", "the Swiss") is left
        out: it stands for a team or a nation as often as for one person.
        """
        for head in self.tokens:
            country = self.lexicon.demonyms.get(head.lower_)
            if country is None or head.tag_ not in ("NN", "NNP") or not _singular(head.lower_):
                continue
            # the one an article is about is its sentences' subject: "breaking the Russian"
            # names the opponent
            if head.dep_ not in ("nsubj", "nsubjpass") or head.i + 1 >= len(self.doc):
                continue
            after = self.doc[head.i + 1]
            if after.pos_ in ("NOUN", "PROPN", "NUM") or after.tag_ == "HYPH":
                continue  # "the Belgian Grand Prix", "the Indian-born magnate": it describes a noun
            words = self.words_before(head)
            if not self.bare(head, words):
                continue  # "the American in the final": said of another
            if any(not w.is_lower for w in words[1:]):
                continue  # "the Northern Irishman": another country's demonym
            person = self.person_in_focus(head)
            if person is None or self.other_nationality(person, country):
                continue
            self.add(person, "nationality", self.country(head, country), "focus-demonym", head)

    def other_nationality(self, person: Mention, country: str) -> bool:
        """Tell whether the text gave ``person`` a nationality other than ``country``.

        A live report's "the Spaniard wins the point", after the American
        was last named, is his opponent.
        """
        key = _entity(person)
        parts = self.lexicon.country_parts  # a Welshman is a Briton too
        same = {country, parts.get(country)} - {None}
        return any(
            f.property == "nationality"
            and _entity(f.subject) == key
            and not {f.object.name, parts.get(f.object.name)} & same
            for f in self.facts
        )

    def person_in_focus(self, head: Token) -> Mention | None:
        """Return the person a bare description at ``head`` stands for, if one clearly does.

        The person named clearly most often so far, the last person named,
        within the last few sentences, named neither in the description's
        sentence nor after it there; one of its names surely a person's.
        """
        counts, latest, in_sentence = self.named_before(head, "Person")
        person = self.clearly_latest(head, counts, latest)
        sentence_of = self.resolver.sentence_of
        if person is None or sentence_of[person.start] == sentence_of[head.i]:
            return None  # "Mr Vale said the drummer …": the name says the title is another's
        if _entity(person) in in_sentence:
            return None  # "the Everton striker signed Morrison": so is the person's name after it
        return person if self.surely_someone(person) else None

    def bare(self, head: Token, words: list[Token]) -> bool:
        """Tell whether a noun and the words before it are a bare definite description.

        "the singer", "the Welsh striker": not quoted (a speaker's "the
        singer" is anyone's), and with no phrase after it that says whose
        or which it is ("the singer of the band", "the American in the final").
        """
        if not words or words[0].lower_ != "the" or quoted(head):
            return False
        return not any(c.dep_ in ("prep", "appos", "poss", "acl", "relcl") for c in head.children)

    def words_before(self, head: Token) -> list[Token]:
        """Return the noun-phrase words before a bare description, an age left out.

        "The 34-year-old Dutch midfielder": the phrase goes on over the age
        (which ends a title's phrase elsewhere, as a time of the clause).
        """
        words = self.premodifiers(head.i)
        if not words or not in_age(words[0]):
            return words
        start = words[0].i
        while start > 0 and in_age(self.doc[start - 1]):
            start -= 1
        return self.premodifiers(start) + [w for w in words if not in_age(w)]

    def describes_trade(self, word: Token) -> bool:
        """Tell whether a word before a bare trade says whose or where: "the Welsh striker".

        A demonym or the name of an organization or place ("the Newcastle
        striker") describes the person in focus as it would before a name.
        """
        mention = self.resolver.mention_at(word)
        if mention is not None:
            return self.ontology.top(mention.cls) in ("Organization", "Place")
        return word.lower_ in self.lexicon.demonyms


def _singular(demonym: str) -> bool:
    """Tell whether a demonym names one person, not also a people: "Belgian", not "Irish"."""
    # "Irish", "Dutch", "French", "Swiss", "Chinese" name a people; "Czech" takes a plural
    return not demonym.endswith(("sh", "tch", "nch", "ss", "ese"))


def _entity(thing) -> object:
    """Return what stands for one entity: a mention's entity key, else the thing itself."""
    return getattr(thing, "key", None) or thing
