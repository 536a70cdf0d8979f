"""The person in focus: a bare "the singer" read as the person the article is about."""


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


def test_a_bare_trade_in_a_sentence_naming_a_person_is_another_persons(facts_of):
    # the name in the title's sentence says the title is not his
    text = "Tom Vale was taken ill on Monday. Mr Vale said the drummer had been told to rest."
    assert not any(f[2] == "drummer" for f in facts_of(text))


def test_a_quoted_bare_trade_is_anyones(facts_of):
    text = 'Lena Marsh has cancelled her tour. She said: "The singer always pays the price."'
    assert not any(f[2] == "singer" for f in facts_of(text))


def test_a_bare_trade_needs_one_person_clearly_in_focus(facts_of):
    # two people named as often: neither is the article's
    text = "Lena Marsh and Tom Vale split up last year. The singer said she was happy."
    assert not any(f[2] == "singer" for f in facts_of(text))


def test_an_office_is_no_trade(facts_of):
    # the judge of a trial is someone else in the story
    text = "Tom Vale was fined on Monday. Vale admitted the offence. The judge said it was serious."
    assert not any(f[2] == "judge" for f in facts_of(text))


def test_a_bare_trade_needs_a_name_surely_a_persons(facts_of):
    # a one-word name the tagger took for a person may be a band's
    text = "Velvetine have split up. Velvetine played their last show in May. The singer left."
    assert not any(f[2] == "singer" for f in facts_of(text))


def test_a_bare_trade_with_a_demonym_gives_the_nationality_too(facts_of):
    # another person named after the title is no bar: he is named in another role
    text = (
        "Tom Vale is to leave Halden City. Vale has scored nine goals this season. "
        "The Welsh striker fell out with manager Piet Grand last week."
    )
    facts = facts_of(text)
    assert ("Vale", "occupation", "striker") in facts
    assert ("Vale", "nationality", "Wales") in facts


def test_a_bare_trade_before_the_persons_own_name_is_anothers(facts_of):
    text = (
        "Tom Vale has released a new album. Vale recorded it in Leeds. "
        "The Halden City striker signed Vale to his label last year."
    )
    assert not any(f[2] == "striker" for f in facts_of(text))
