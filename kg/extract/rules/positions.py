"""A player's position, read from where the player plays: "X started at fly-half".

Match reports name a player's position in a phrase after the verb rather
than as a title before the name: "Smith comes in at outside centre", "the
coach will start Jones at scrum-half", "Brown had a fine game on the wing".
The position is the player's occupation, as "fly-half Smith" would make it.
"""

from spacy.tokens import Token

from ..mentions import Mention

#: the prepositions that place a player, and whether the position then takes "the"
#: ("at fly-half", "on the wing", "in the centre")
_PLACING = {"at": False, "on": True, "in": True}

#: the roles of a verb's player, in the order tried: the one put somewhere, then the doer
_PLAYER_ROLES = ("dobj", "nsubjpass", "nsubj")


class PositionRules:
    """Rules that read positions on the field; mixed into the extraction state."""

    def played_positions(self) -> None:
        """State the occupation "at <position>" gives the player it places."""
        for token in self.doc:
            if token.dep_ != "prep" or token.lower_ not in _PLACING:
                continue
            position = next((c for c in token.children if c.dep_ == "pobj"), None)
            if position is None or not self.names_position(position, _PLACING[token.lower_]):
                continue
            reading = self.read_title(position, list(position.lefts), generic=False)
            if reading is None:
                continue
            player = self.placed_player(token.head)
            if player is not None:
                self.add(player, "occupation", reading.phrase, "played-position", position)

    def names_position(self, noun: Token, definite: bool) -> bool:
        """Tell whether a preposition's object is a bare position: "fly-half", "the wing".

        Not a place with more to it ("at the centre of the row"), nor a
        capitalised word ("at Lock Haven"), nor "the" missing or extra.
        """
        title = self.lexicon.titles.get(noun.lower_) or self.lexicon.titles.get(
            self.doc[noun.left_edge.i : noun.i + 1].text.lower()
        )
        if title is None or not title.is_position or not noun.is_lower:
            return False
        if any(c.dep_ == "prep" for c in noun.children):
            return False
        has_the = any(c.lower_ == "the" for c in noun.lefts)
        return has_the == definite

    def placed_player(self, head: Token) -> Mention | None:
        """Return the person a placing phrase is about, from the word it hangs on.

        "Smith at fly-half" is about Smith; "start Smith at fly-half" about
        the verb's object; "Smith plays at hooker" and "Smith had a fine
        game at prop" about the subject. A modal leaves it a chance: "Smith
        could start at prop". Not "not": "Smith did not have his best game
        at prop" still places him.
        """
        named = self.resolver.mention_at(head)
        if named is not None:
            return named if named.cls == "Person" else None
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr"):
            head = head.head  # "had a fine game at prop", "was the replacement at centre"
        if head.pos_ not in ("VERB", "AUX"):
            return None
        modals = self.lexicon.hedges["modal"]
        if any(c.dep_ == "aux" and c.lower_ in modals for c in head.children):
            return None  # "could make the team at fly-half": a chance, no post
        for role in _PLAYER_ROLES:
            for child in head.children:
                if child.dep_ == role:
                    found = self.resolver.resolve(child, frozenset({"Person"}))
                    if found is not None:
                        return found
        return None
