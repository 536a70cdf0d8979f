"""Units of organizations a title heads or serves: "head of specialist factual at the BBC".

A title's "of" phrase in lower-case words names a department rather than an
organization ("director of sales"), so that its holder works for the
organization the department belongs to ("at X", "for X") instead of
heading it.
"""

from spacy.tokens import Token

from ...knowledge.lexicon import Title

# determiners of something other than one unit of an organization ("head of that tribunal")
_NOT_ONE_UNIT = {"a", "an", "that", "this", "those", "these"}
#: prepositions that name the organization a unit belongs to: "head of sales at X"
UNIT_OWNERS = ("at", "for")


class UnitRules:
    """Reading the unnamed units titles name; mixed into the extraction state."""

    def department(self, head: Token) -> Token | None:
        """Return the noun of the unnamed unit a title heads: "head of specialist factual"."""
        for child in head.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or self.field_at(child)):
                for pobj in child.children:
                    # lower-case words only: a unit, not a name ("of specialist factual")
                    if (
                        pobj.dep_ == "pobj"
                        and all(t.is_lower and t.is_alpha for t in self.department_words(pobj))
                        and not self.bare_kind(pobj)
                        and not self.names_next(pobj)
                        # a clause describes a thing: "boss of the body that cleared them"
                        and not any(c.dep_ in ("relcl", "acl") for c in pobj.children)
                    ):
                        return pobj
        return None

    def field_at(self, preposition: Token) -> bool:
        """Tell whether a title's "for" names a field at an organization: "for sales at Y"."""
        # the parse hangs "at Y" on the field or on the title
        heads = [preposition.head, *preposition.children]
        return preposition.lower_ == "for" and any(
            c.dep_ == "prep" and c.lower_ == "at" for h in heads for c in h.children
        )

    def one_unit(self, unit: Token, title: Title) -> bool:
        """Tell whether a title's "of" phrase names one unit of an organization.

        Not "an analyst of a report", "head of that tribunal", an actor "of charisma".
        """
        determiners = {c.lower_ for c in unit.children if c.dep_ == "det"}
        return title.relation != "actsIn" and not determiners & _NOT_ONE_UNIT

    def bare_kind(self, noun: Token) -> bool:
        """Tell whether ``noun`` is "the film", "the company": an entity named by its kind alone.

        Such a noun after a title is the thing itself, no unit of it ("the
        director of the film"); "the working party" is a unit.
        """
        children = list(noun.children)
        return (
            self.noun_class(noun) is not None
            and len(children) == 1
            and children[0].dep_ == "det"
            and children[0].lower_ in ("the", "this", "that")
        )

    def department_words(self, pobj: Token) -> list[Token]:
        """Return the words of a unit, up to "for X" or "at X" ("programs for ABC")."""
        owners = [c.i for c in pobj.children if c.dep_ == "prep" and c.lower_ in UNIT_OWNERS]
        end = min(owners, default=pobj.right_edge.i + 1)
        return [t for t in pobj.subtree if t.i < end]
