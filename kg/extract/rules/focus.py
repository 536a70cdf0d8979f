"""The organization an article is about, as the one a bare title heads.

"Yukos said it would appeal … 'We want them back,' said chief executive
Steven Theede": once an article is about a firm, news names its head by
title alone. A firm's head's title (``focus_head`` in ``title_words.tsv``)
that names no organization, not even one no rule could resolve ("Forest
chief executive"), is read as heading the organization in focus: of the
organizations named so far, the one named clearly most often, the last one
named, within the last few sentences, and the only one in the title's
sentence. A team's
coach is left alone: sports news names many teams, and a national side's
coach is often its players' club's rival.
"""

from collections import Counter

from spacy.tokens import Token

from ..mentions import Mention

#: how many sentences back the organization in focus must last have been named
_NEAR_SENTENCES = 3
#: organizations whose head is not named by a firm's titles; a news organization is
#: more often the source than the subject
_NOT_FOCUS = ("PoliticalParty", "GovernmentOrganization", "NewsOrganization")
_AFFILIATIONS = ("directedBy", "worksFor", "memberOf")


class FocusRules:
    """Rules that read a bare title as the focus organization's; mixed into the extraction state."""

    def focus_heads(self) -> None:
        """State that the organization in focus is headed by each person a bare title names."""
        heads = self.lexicon.title_words.get("focus_head", frozenset())
        attached = {(f.subject, f.property) for f in self.facts}
        attached |= {(f.object, f.property) for f in self.facts}
        for person, title, head in self.unattached_titles:
            if title.phrase not in heads or title.relation != "directedBy":
                continue
            # "a chief executive", "chief executives": one of several, not the head
            if head.tag_ not in ("NN", "NNP") or self.indefinite(head):
                continue
            if any((person, relation) in attached for relation in _AFFILIATIONS):
                continue
            if self.names_its_own(head):
                continue
            organization = self.focus(head)
            if organization is not None:
                self.add(organization, "directedBy", person, "focus-head", head)

    def names_its_own(self, head: Token) -> bool:
        """Tell whether a title's phrase names an organization, if one no rule could resolve.

        "Forest chief executive X", "Marsh's new chief executive", "chairman of
        the Commons committee": the title is another's, not the focus's.
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
        # "Lyric chairman X", "Hong Kong Rugby Union (HKRFU) chairman Y": a name, if unread
        capital = before.text[:1].isupper() and not before.is_sent_start
        return capital or before.text == ")" or before.tag_ == "POS" or i in self.resolver.at

    def focus(self, head: Token) -> Mention | None:
        """Return the organization in focus where ``head`` stands, if one clearly is."""
        here = self.resolver.sentence_of[head.i]
        counts: Counter[str] = Counter()
        latest: dict[str, Mention] = {}
        in_sentence = set()
        for mention in self.mentions:
            if not self.of_focus_kind(mention):
                continue
            key = mention.key or mention.name
            if self.resolver.sentence_of[mention.start] == here:
                in_sentence.add(key)
            if mention.start < head.i:
                counts[key] += 1
                latest[key] = mention
        if not counts:
            return None
        ranked = counts.most_common(2)
        key = ranked[0][0]
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            return None  # no one organization is the article's
        if in_sentence - {key}:
            return None  # "Gazprom bid, said chief executive X": another is named by him
        if max(latest.values(), key=lambda m: m.start) is not latest[key]:
            return None  # another was named since: its chief executive may be meant
        if here - self.resolver.sentence_of[latest[key].start] > _NEAR_SENTENCES:
            return None
        return latest[key]

    def of_focus_kind(self, mention: Mention) -> bool:
        """Tell whether a mention is an organization a firm's head's title may head."""
        if self.ontology.top(mention.cls) != "Organization":
            return False
        return not any(self.ontology.is_a(mention.cls, c) for c in _NOT_FOCUS)
