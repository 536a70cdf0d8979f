"""The person a news lead introduces by title and the next sentence names.

A lead often opens on a title without a name ("The Lord Chancellor has
defended the plans.", "Scotland's justice minister has warned fans.") and
names the person as the subject of the next sentence ("Lord Falconer
insists ..."). The title, with whatever its words say of an organization,
is that person's.
"""

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Span, Token

from ..entities import same_entity
from ..mentions import Mention


class LeadRules:
    """The lead's title given to the person named next; mixed into the extraction state."""

    def lead_titles(self) -> None:
        """State the title of a lead's subject for the person who opens the next sentence."""
        sentences = list(islice(self.body_sentences(), 2))
        if len(sentences) < 2:
            return
        lead, following = sentences
        head = _subject(lead)
        if head is None or head.tag_ not in ("NN", "NNP") or head.i in self.resolver.at:
            return  # a name, or several people: "Two ministers have ..."
        if any(c.dep_ == "appos" for c in head.children):
            return  # "The minister, Ann Cole, ..." names the person already
        words = self.premodifiers(head.i)
        if self.title_at(head, words)[0] is None:
            return
        person = self.first_named(following, lead.start)
        if person is None:
            return
        # a title of their own in the next sentence is another post, unless it is the
        # same: "A Labour MP has quit. Ann Cole, MP for Kelby, said ..."
        own = [f.object for f in self.facts if f.subject is person and f.property == "occupation"]
        if all(post.split()[-1] == head.lower_ for post in own):
            self.title_facts(person, head, words, rule="lead-title")

    def body_sentences(self) -> Iterator[Span]:
        """Yield the document's sentences after its headline, if its first line is one."""
        text = self.doc.text
        line_end = text.find("\n")
        # a headline may end on a quoted word ("Powers expose 'tyranny'"); a first line
        # that ends a sentence inside its quotes ("'We won.'") is no headline
        last = text[:line_end].rstrip().rstrip("\"'”’")[-1:] if line_end > 0 else ""
        headline = last != "" and last not in ".!?:"
        start = line_end if headline else 0
        return (s for s in self.doc.sents if s.start_char >= start and not s.text.isspace())

    def first_named(self, sentence: Span, body_start: int) -> Mention | None:
        """Return the person a sentence's subject names first in the body."""
        subject = _subject(sentence)
        person = self.resolver.mention_at(subject) if subject is not None else None
        if person is None or self.ontology.top(person.cls) != "Person":
            return None
        words = set(person.name.split())
        for m in self.mentions:
            if body_start <= m.start < person.start and (
                same_entity(person, m) or words & set(m.name.split())
            ):
                return None  # named in the lead beside its title, maybe as its own
        return person


def _subject(sentence: Span) -> Token | None:
    """Return the subject of a sentence's main verb."""
    for token in sentence.root.children:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token
    return None
