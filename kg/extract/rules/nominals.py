"""Definite descriptions read as the names they stand for: "the Spanish club".

Once a description resolves to a name (``coref.py``), its words describe
that name as they would before it: "the Seoul-based firm" seats the firm
named before it.
"""

from spacy.tokens import Token


class NominalRules:
    """Rules that read definite descriptions of names; mixed into the extraction state."""

    def described_nominals(self) -> None:
        """Read the words before a definite description as describing its entity.

        "the Spanish club" (Betis), "the Seoul-based firm" (Seorin): once the
        description resolves to a named entity of the noun's class, or one
        named in the same sentence (``surely_described``), its modifiers
        describe it.
        """
        for token in self.nouns:
            if token.i in self.resolver.at:
                continue
            if self.noun_class(token) is None or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
            ):
                continue
            after = token.i + 1
            while after < len(self.doc) and self.doc[after].text in "\"'‘“":
                after += 1
            if after in self.resolver.at or self.of_name(token):
                # "the company Les Films du Quai", "the Armenian capital of Yerevan": read
                # as that name's description
                continue
            mention = self.resolver.resolve(token)
            # "the Indonesian government" names its own country's, not the one last named
            if self.ontology.is_a(self.noun_class(token), "GovernmentOrganization"):
                continue
            if (
                mention is not None
                and self.ontology.top(mention.cls) in ("Organization", "Place")
                and self.surely_described(mention, token)
            ):
                self.describe_modifiers(mention, self.premodifiers(token.i), token)

    def of_name(self, noun: Token) -> bool:
        """Tell whether ``noun`` is followed by "of" and a name: "the capital of Yerevan"."""
        return any(
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" and g.i in self.resolver.at for g in child.children)
            for child in noun.children
        )
