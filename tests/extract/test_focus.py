"""The entity in focus: a bare title read as the article's organization's or person's.

"said chief executive X" heads the organization the article is about; "the
singer" is the person it is about.
"""

import pytest


def test_a_bare_head_title_heads_the_organization_in_focus(facts_of):
    text = (
        "Norvex said its profits rose by a fifth. Norvex will open two plants next year. "
        '"We are pleased," said chief executive Dana Holt.'
    )
    assert ("Norvex", "directedBy", "Dana Holt") in facts_of(text)


def test_a_bare_head_title_needs_one_clear_organization(facts_of):
    # two firms named as often: neither is the article's
    text = (
        'Norvex and Talbrook both reported losses. "It was hard," said chief executive Dana Holt.'
    )
    assert not any(f[1] == "directedBy" for f in facts_of(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # another firm named in the title's sentence
        (
            "Norvex said its profits rose. Norvex will open two plants. "
            "Talbrook Group disagreed, said chief executive Dana Holt.",
            "Dana Holt",
        ),
        # a title whose own words name someone else's firm
        (
            "Norvex said its profits rose. Norvex will open two plants. "
            "Talbrook's chief executive Dana Holt was not impressed.",
            "Dana Holt",
        ),
        # an employer stated earlier
        (
            "Dan Cole, the chief executive of Talbrook Group, spoke on Monday. Norvex said its "
            'sales fell. Norvex said it would cut prices. "We will compete," said chief '
            "executive Dan Cole.",
            "Dan Cole",
        ),
        # a name opening the sentence is the title's own firm
        (
            "Norvex said its profits rose by a fifth. Norvex will open two plants next year. "
            "Talbrook chairman Dan Cole said the deal was off.",
            "Dan Cole",
        ),
    ],
)
def test_a_bare_head_title_is_not_the_focus_firms_when_another_is_meant(facts_of, text, person):
    assert ("Norvex", "directedBy", person) not in facts_of(text)


def test_a_bare_chief_executive_tagged_as_an_adjective_heads_the_firm_in_focus(facts_of):
    text = (
        "Bus maker Nordlink sold fewer coaches in its home market last year.\n\n"
        'The firm blamed a cold winter. "Our buyers waited for the spring to come," '
        "said chief executive Jean-Paul Lorin."
    )
    assert ("Nordlink", "directedBy", "Jean-Paul Lorin") in facts_of(text)


def test_a_bare_trade_is_the_person_in_focus(facts_of):
    text = (
        "Lena Marsh has cancelled her autumn tour. Marsh had been due to play twelve dates. "
        "The singer said she needed a rest."
    )
    # the latest mention of her: consolidation makes it Lena Marsh's
    assert ("Marsh", "occupation", "singer") in facts_of(text)


def test_a_possessed_bare_trade_is_the_person_in_focus(facts_of):
    text = "Tom Vale was taken ill on Monday. The drummer's manager said he was resting."
    assert ("Tom Vale", "occupation", "drummer") in facts_of(text)


def test_an_age_before_a_bare_trade_is_passed_over(facts_of):
    text = (
        "Tom Vale may be offered a new deal. Vale has played 60 games for the club. "
        "The 34-year-old Dutch midfielder is out of contract in the summer."
    )
    facts = facts_of(text)
    assert ("Vale", "occupation", "midfielder") in facts
    assert ("Vale", "nationality", "Netherlands") in facts


def test_a_bare_trade_with_a_demonym_gives_the_nationality_too(facts_of):
    # another person named after the title is no bar: he is named in another role
    text = (
        "Tom Vale is to leave Halden City. Vale has scored nine goals this season. "
        "The Welsh striker fell out with manager Piet Grand last week."
    )
    facts = facts_of(text)
    assert ("Vale", "occupation", "striker") in facts
    assert ("Vale", "nationality", "Wales") in facts


@pytest.mark.parametrize(
    "text, trade",
    [
        # a name in the title's sentence, before it, says the title is not his
        (
            "Tom Vale was taken ill on Monday. Mr Vale said the drummer had been told to rest.",
            "drummer",
        ),
        # a speaker's "the singer" is anyone's
        (
            'Lena Marsh has cancelled her tour. She said: "The singer always pays the price."',
            "singer",
        ),
        # two people named as often: neither is the article's
        ("Lena Marsh and Doran Vale split up last year. The singer said she was happy.", "singer"),
        # an office: the judge of a trial is someone else in the story
        (
            "Doran Vale was fined on Monday. Vale admitted the offence. "
            "The judge said it was serious.",
            "judge",
        ),
        # a one-word name the tagger took for a person may be a band's
        (
            "Velvetine have split up. Velvetine played their last show in May. The singer left.",
            "singer",
        ),
        # the person's own name after the title says the title is another's
        (
            "Tom Vale has released a new album. Vale recorded it in Leeds. "
            "The Halden City striker signed Vale to his label last year.",
            "striker",
        ),
    ],
)
def test_a_bare_trade_is_not_given_when_the_person_is_unclear(facts_of, text, trade):
    assert not any(f[2] == trade for f in facts_of(text))


def test_a_bare_demonym_gives_the_person_in_focus_a_nationality(facts_of):
    text = (
        "Marta Lindqvist won the indoor title in Ghent on Sunday. Lindqvist led from the start. "
        "The Swede had missed the autumn with a knee injury."
    )
    assert ("Lindqvist", "nationality", "Sweden") in facts_of(text)
    # an age before it is passed over
    text = text.replace("The Swede", "The 24-year-old Swede")
    assert ("Lindqvist", "nationality", "Sweden") in facts_of(text)
    # "Czech" names one person ("Czechs" several), unlike "the Irish"
    assert ("Lindqvist", "nationality", "Czech Republic") in facts_of(
        text.replace("24-year-old Swede", "Czech")
    )


def test_a_bare_demonym_of_a_nations_country_agrees_with_the_nation(facts_of):
    # a Welshman is a Briton: no other nationality was given
    text = (
        "Welshman Tom Vale won the indoor title in Ghent on Sunday. Vale led from the start. "
        "The Briton had missed the autumn with a knee injury."
    )
    assert ("Vale", "nationality", "United Kingdom") in facts_of(text)


def test_a_demonym_noun_before_a_name_is_a_nationality_not_a_trade(facts_of):
    facts = facts_of("Welshman Tom Vale won the race in Cardiff.")
    assert ("Tom Vale", "nationality", "Wales") in facts
    assert not any(f[1] == "occupation" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # the opponent: the one an article is about is its sentences' subject
        "Marta Lindqvist won in Ghent. Lindqvist led from the start. "
        "A late break in the final set saw off the Belgian.",
        # a demonym that names a people as well stands for a team as often
        "Marta Lindqvist won in Ghent. Lindqvist led from the start. The Irish were far behind.",
        # it describes a noun: "-born" (parsed as the noun's modifier, no subject)
        "Marta Lindqvist won in Ghent. Lindqvist led from the start. "
        "The Belgian-born runner was second.",
        # a person whose nationality the text gave otherwise: a live report's other player
        "American Marta Lindqvist won in Ghent. Lindqvist led from the start. "
        "The Belgian saved two break points.",
    ],
)
def test_a_bare_demonym_is_not_read_where_it_may_be_another(facts_of, text):
    facts = facts_of(text)
    assert not any(f[1] == "nationality" and f[2] in ("Belgium", "Ireland") for f in facts)
