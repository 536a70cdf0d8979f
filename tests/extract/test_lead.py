"""A news lead's title given to the person the next sentence names."""


def article(headline: str, *sentences: str) -> str:
    """Return a short news text: a headline, then the body's sentences in one paragraph."""
    return f"{headline}\n\n{' '.join(sentences)}\n"


def test_the_person_named_after_a_titled_lead_holds_the_title(facts_of):
    facts = facts_of(
        article(
            "Ports plan defended",
            "Norway's fisheries minister has defended plans to close two harbours.",
            "Eva Brandt said the cost of keeping them open was too high.",
        )
    )
    assert ("Eva Brandt", "occupation", "fisheries minister") in facts


def test_an_organization_in_the_leads_title_is_the_persons(facts_of):
    facts = facts_of(
        article(
            "Orders for ships fall",
            "The chief executive of Halvard Marine has warned that orders are falling.",
            "Petra Lind said the yard would cut 200 jobs.",
        )
    )
    assert ("Halvard Marine", "directedBy", "Petra Lind") in facts


def test_a_person_named_with_a_title_of_their_own_is_someone_else(facts_of):
    facts = facts_of(
        article(
            "Fraud charges",
            "An executive has admitted fraud at an insurer.",
            "State prosecutor Karl Weiss said the case was closed.",
        )
    )
    assert ("Karl Weiss", "occupation", "prosecutor") in facts
    assert ("Karl Weiss", "occupation", "executive") not in facts


def test_a_person_the_lead_names_beside_its_title_is_someone_else(facts_of):
    facts = facts_of(
        article(
            "Orders for ships fall",
            "The chief executive of Halvard Marine has met Petra Lind for talks.",
            "Petra Lind said the yard would cut 200 jobs.",
        )
    )
    assert ("Halvard Marine", "directedBy", "Petra Lind") not in facts


def test_a_title_later_in_the_article_is_no_lead(facts_of):
    facts = facts_of(
        article(
            "Orders for ships fall",
            "Orders for ships are falling.",
            "The chief executive has warned of job cuts.",
            "Petra Lind said the yard would cut 200 jobs.",
        )
    )
    assert ("Petra Lind", "occupation", "chief executive") not in facts


def test_the_same_title_in_the_next_sentence_still_takes_the_leads_organization(facts_of):
    facts = facts_of(
        article(
            "Labour MP quits",
            "A Labour MP has quit the party over the war.",
            "Anna Kell, MP for Dunmore, said she could not stay.",
        )
    )
    assert ("Anna Kell", "memberOf", "Labour") in facts


def test_its_in_the_lead_is_the_firm_whose_people_are_the_subject(facts_of):
    # "Norvik Steel managers" name the firm the sentence is about, not the one met
    facts = facts_of(
        article(
            "Steel talks",
            "Norvik Steel managers have held talks with Baltic Ore, its chief has said.",
            "Lena Holm said a deal could follow.",
        )
    )
    assert ("Norvik Steel", "directedBy", "Lena Holm") in facts
    assert ("Baltic Ore", "directedBy", "Lena Holm") not in facts


def test_a_headline_may_end_on_a_quoted_word_but_not_on_a_quoted_sentence(facts_of):
    body = (
        "The fisheries minister has defended plans to close two harbours.",
        "Eva Brandt said the cost of keeping them open was too high.",
    )
    facts = facts_of(article("Harbour plan 'a folly'", *body))
    assert ("Eva Brandt", "occupation", "fisheries minister") in facts
    # a quoted sentence on the first line is the lead, and the title's sentence no lead
    facts = facts_of(article("'We will close two harbours.'", *body))
    assert ("Eva Brandt", "occupation", "fisheries minister") not in facts
