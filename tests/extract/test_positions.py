"""A player's position read from where the sentence puts the player."""

import pytest


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the verb's subject plays there
        ("Dan Carter comes in at outside centre.", ("Dan Carter", "occupation", "outside centre")),
        ("Pieter Muller will start in the centre.", ("Pieter Muller", "occupation", "centre")),
        # a player put somewhere by the verb is its object, or its passive subject
        (
            "The coach decided to start Ben Walsh at scrum-half.",
            ("Ben Walsh", "occupation", "scrum-half"),
        ),
        ("Andrew Hale is named at hooker.", ("Andrew Hale", "occupation", "hooker")),
        # a game or a cap "at" a position is the subject's
        (
            "Colin Trent had a fine game at loosehead prop.",
            ("Colin Trent", "occupation", "loosehead prop"),
        ),
    ],
)
def test_a_position_after_the_verb_is_the_players_occupation(facts_of, text, fact):
    assert fact in facts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Martin Hale is at the centre of the row.",  # a place with more to it
        "Martin Hale spoke at the centre.",  # "the" where a position has none
        "Martin Hale waited on wing mirrors.",  # no "the" where a position has one
        "Martin Hale could make the team at fly-half.",  # a chance, no post
    ],
)
def test_a_place_that_is_no_position_gives_no_occupation(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "occupation"}
