"""One test per extraction rule, each on a sentence of its own."""


def test_demonym_and_title_before_a_name(facts_of):
    facts = facts_of("Russian actress Yulia Peressild arrived on Tuesday.")
    assert ("Yulia Peressild", "nationality", "Russia") in facts
    assert ("Yulia Peressild", "occupation", "actress") in facts


def test_multiword_title(facts_of):
    facts = facts_of("The plan is risky, political scientist Konstantin Kalachev told AFP.")
    assert ("Konstantin Kalachev", "occupation", "political scientist") in facts


def test_apposition_title_of_organization(facts_of):
    facts = facts_of(
        "The producers are Dmitri Rogozine, director of Roscosmos, and Konstantin Ernst."
    )
    assert ("Roscosmos", "directedBy", "Dmitri Rogozine") in facts
    assert ("Dmitri Rogozine", "occupation", "director") in facts


def test_possessive_work_title(facts_of):
    facts = facts_of(
        "She wrote a film titled 'The Long Night'. "
        "The film's producers are Anna Berg and Paul Stone."
    )
    assert ("The Long Night", "producedBy", "Anna Berg") in facts
    assert ("The Long Night", "producedBy", "Paul Stone") in facts


def test_organization_before_title(facts_of):
    facts = facts_of("Betis coach Manuel Arriaga praised the signing.")
    assert ("Manuel Arriaga", "occupation", "coach") in facts
    assert ("Manuel Arriaga", "worksFor", "Betis") in facts


def test_former_title_gives_occupation_but_no_affiliation(facts_of):
    facts = facts_of("The label was founded by former NME journalist Priya Lal.")
    assert ("Priya Lal", "occupation", "journalist") in facts
    assert not any(p == "worksFor" for _, p, _ in facts)


def test_passive_verb_with_agent(facts_of):
    facts = facts_of("The documentary Tideline was directed by Ruth Adeyemi.")
    assert ("Tideline", "directedBy", "Ruth Adeyemi") in facts


def test_relative_clause_passive_and_conjoined_verb(facts_of):
    facts = facts_of(
        "Halfmoon Records, which was founded in 2006 by Priya Lal and is based in Bristol, grew."
    )
    assert ("Halfmoon Records", "foundedBy", "Priya Lal") in facts
    assert ("Halfmoon Records", "basedIn", "Bristol") in facts


def test_born_in(facts_of):
    facts = facts_of("Rafael Nunes, who was born in Belo Horizonte, joined Porto in 2019.")
    assert ("Rafael Nunes", "bornIn", "Belo Horizonte") in facts
    assert ("Rafael Nunes", "worksFor", "Porto") in facts


def test_lives_in(facts_of):
    facts = facts_of("Lucia Andrade now lives in Lisbon.")
    assert ("Lucia Andrade", "livesIn", "Lisbon") in facts


def test_shot_dead_by(facts_of):
    facts = facts_of("Tariq Mahmood was shot dead by Kieran Holt in Birmingham.")
    assert ("Kieran Holt", "killed", "Tariq Mahmood") in facts


def test_shot_without_dead_is_no_killing(facts_of):
    facts = facts_of("Tariq Mahmood was shot by Kieran Holt in Birmingham.")
    assert not any(p == "killed" for _, p, _ in facts)


def test_hyphenated_based(facts_of):
    facts = facts_of("The series is made by Bristol-based Wildwater Films.")
    assert ("Wildwater Films", "basedIn", "Bristol") in facts


def test_hyphenated_born_demonym(facts_of):
    facts = facts_of("Nordhafen's Austrian-born chief executive, Matthias Brenner, will stay.")
    assert ("Matthias Brenner", "bornIn", "Austria") in facts
    assert ("Nordhafen", "directedBy", "Matthias Brenner") in facts


def test_possessive_place_organization(facts_of):
    facts = facts_of("Japan's Toyota Motor said on Monday it would cut jobs.")
    assert ("Toyota Motor", "basedIn", "Japan") in facts


def test_place_comma_place(facts_of):
    facts = facts_of("The crew took off from the cosmodrome in Baikonur, Kazakhstan, on Tuesday.")
    assert ("Baikonur", "locatedIn", "Kazakhstan") in facts


def test_list_of_places_is_not_containment(facts_of):
    facts = facts_of("The band will play in Paris, Berlin and Madrid.")
    assert not any(p == "locatedIn" for _, p, _ in facts)


def test_denied_statement_gives_no_fact(facts_of):
    facts = facts_of("Okonkwo denied that he had ever worked for the Liberal Party.")
    assert not any(p == "worksFor" for _, p, _ in facts)


def test_negated_statement_gives_no_fact(facts_of):
    facts = facts_of("Maria Lopez was not born in Madrid.")
    assert not any(p == "bornIn" for _, p, _ in facts)


def test_pronoun_subject_resolves_to_latest_person(facts_of):
    facts = facts_of("Choi Eun-hye runs the memory division. She was born in Daegu.")
    assert ("Choi Eun-hye", "bornIn", "Daegu") in facts


def test_definite_description_resolves_to_described_entity(facts_of):
    facts = facts_of(
        "The band signed with the independent label Halfmoon Records. "
        "Priya Lal still runs the label from Bristol."
    )
    assert ("Halfmoon Records", "directedBy", "Priya Lal") in facts


def test_copula_with_band_subject(facts_of):
    facts = facts_of("The Lantern Rooms are singer Maeve Donnelly and drummer Jonny Kask.")
    assert ("Maeve Donnelly", "memberOf", "Lantern Rooms") in facts
    assert ("Jonny Kask", "occupation", "drummer") in facts


def test_single_film_links_titled_people(facts_of):
    facts = facts_of(
        "Actress Anna Berg and director Paul Stone flew to Oslo. "
        "They will shoot a film titled 'The Long Night' there."
    )
    assert ("Anna Berg", "actsIn", "The Long Night") in facts
    assert ("The Long Night", "directedBy", "Paul Stone") in facts


def test_two_films_link_nobody(facts_of):
    facts = facts_of(
        "Actress Anna Berg flew to Oslo. "
        "She saw the film 'The Long Night' and the film 'Red Coast'."
    )
    assert not any(p == "actsIn" for _, p, _ in facts)
