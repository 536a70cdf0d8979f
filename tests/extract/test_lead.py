"""A news lead's title given to the person the next sentence names."""


def test_the_person_named_after_a_titled_lead_holds_the_title(facts_of):
    text = (
        "Ports plan defended\n\n"
        "Norway's fisheries minister has defended plans to close two harbours. "
        "Eva Brandt said the cost of keeping them open was too high.\n"
    )
    facts = facts_of(text)
    assert ("Eva Brandt", "occupation", "fisheries minister") in facts


def test_an_organization_in_the_leads_title_is_the_persons(facts_of):
    text = (
        "Orders for ships fall\n\n"
        "The chief executive of Halvard Marine has warned that orders are falling. "
        "Petra Lind said the yard would cut 200 jobs.\n"
    )
    assert ("Halvard Marine", "directedBy", "Petra Lind") in facts_of(text)


def test_a_person_named_with_a_title_of_their_own_is_someone_else(facts_of):
    text = (
        "Fraud charges\n\n"
        "An executive has admitted fraud at an insurer. "
        "State prosecutor Karl Weiss said the case was closed.\n"
    )
    facts = facts_of(text)
    assert ("Karl Weiss", "occupation", "prosecutor") in facts
    assert ("Karl Weiss", "occupation", "executive") not in facts


def test_a_person_the_lead_names_beside_its_title_is_someone_else(facts_of):
    text = (
        "Orders for ships fall\n\n"
        "The chief executive of Halvard Marine has met Petra Lind for talks. "
        "Petra Lind said the yard would cut 200 jobs.\n"
    )
    assert ("Halvard Marine", "directedBy", "Petra Lind") not in facts_of(text)


def test_a_title_later_in_the_article_is_no_lead(facts_of):
    text = (
        "Orders for ships fall\n\n"
        "Orders for ships are falling. The chief executive has warned of job cuts. "
        "Petra Lind said the yard would cut 200 jobs.\n"
    )
    assert ("Petra Lind", "occupation", "chief executive") not in facts_of(text)


def test_the_same_title_in_the_next_sentence_still_takes_the_leads_organization(facts_of):
    text = (
        "Labour MP quits\n\n"
        "A Labour MP has quit the party over the war. "
        "Anna Kell, MP for Dunmore, said she could not stay.\n"
    )
    assert ("Anna Kell", "memberOf", "Labour") in facts_of(text)


def test_its_in_the_lead_is_the_firm_whose_people_are_the_subject(facts_of):
    # "Norvik Steel managers" name the firm the sentence is about, not the one met
    text = (
        "Steel talks\n\n"
        "Norvik Steel managers have held talks with Baltic Ore, its chief has said. "
        "Lena Holm said a deal could follow.\n"
    )
    facts = facts_of(text)
    assert ("Norvik Steel", "directedBy", "Lena Holm") in facts
    assert ("Baltic Ore", "directedBy", "Lena Holm") not in facts
