"""Compatriots share the nationality the article gives either of them."""


def test_a_compatriot_takes_the_nationality_of_the_clauses_subject(facts_of):
    facts = facts_of("Irish golfer Sean Doyle finished ahead of compatriot Martin Keane on Sunday.")
    assert ("Sean Doyle", "nationality", "Ireland") in facts
    assert ("Martin Keane", "nationality", "Ireland") in facts


def test_no_compatriot_without_a_country_stated(facts_of):
    facts = facts_of("Sean Doyle finished ahead of compatriot Martin Keane on Sunday.")
    assert not {f for f in facts if f[1] == "nationality"}
