"""The ontology and the lexicon tables: complete, consistent, and extensible as data."""

import shutil

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS

from kg.errors import LexiconError
from kg.knowledge.lexicon import load_lexicon, read_table
from kg.knowledge.ontology import TOP_CLASSES, load_ontology
from kg.resources import lexicon_dir, ontology_file
from kg.views.evaluate import FACT_PROPERTIES

NS = "https://w3id.org/kg/ontology#"


def test_every_term_has_label_and_comment():
    graph = rdflib.Graph().parse(ontology_file())
    terms = [
        t
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for t in graph.subjects(RDF.type, kind)
        if str(t).startswith(NS)
    ]
    assert len(terms) > 20
    for term in terms:
        assert graph.value(term, RDFS.label) is not None, term
        assert graph.value(term, RDFS.comment) is not None, term


def test_properties_have_domain_range_and_alignment():
    ontology = load_ontology()
    assert set(FACT_PROPERTIES) == ontology.properties
    assert ontology.ranges["nationality"] == frozenset({"Country"})
    assert ontology.domains["directedBy"] == frozenset({"CreativeWork", "Organization"})
    graph = ontology.graph
    aligned = {
        str(s)
        for s, p, o in graph
        if p in (OWL.equivalentProperty, OWL.inverseOf, RDFS.subPropertyOf, OWL.equivalentClass)
        for s in (s, o)
    }
    for prop in ("bornIn", "worksFor", "memberOf", "nationality", "producedBy"):
        assert NS + prop in aligned, prop
    for top in TOP_CLASSES:
        assert NS + top in aligned


def test_class_hierarchy():
    ontology = load_ontology()
    assert ontology.top("SpaceAgency") == "Organization"
    assert ontology.is_a("Film", "CreativeWork") and not ontology.is_a("Film", "Place")


def test_lexicon_tables_load():
    lexicon = load_lexicon()
    assert lexicon.demonyms["russian"] == "Russia"
    assert lexicon.countries["us"] == "United States"
    assert lexicon.titles["political scientist"].is_occupation
    assert lexicon.titles["director"].relation == "directedBy"
    assert any(r.property == "bornIn" for r in lexicon.verbs["bear"])


def test_a_user_extends_the_lexicon_with_a_row(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_dir(), folder)
    with open(folder / "titles.tsv", "a", encoding="utf-8") as table:
        table.write("sommelier\tworksFor\tyes\n")
    assert "sommelier" in load_lexicon(folder).titles
    assert "sommelier" not in load_lexicon().titles


def test_malformed_tables_are_reported(tmp_path):
    bad = tmp_path / "t.tsv"
    bad.write_text("word\tclass\nfilm\tFilm\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="data row 2"):
        read_table(bad, ["word", "class"])
    bad.write_text("wrong\theader\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header"):
        read_table(bad, ["word", "class"])
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_dir(), folder)
    with open(folder / "class_nouns.tsv", "a", encoding="utf-8") as table:
        table.write("spaceship\tVehicle\n")
    with pytest.raises(LexiconError, match="'Vehicle' is not a class"):
        load_lexicon(folder)
    shutil.copytree(lexicon_dir(), tmp_path / "other")
    with open(tmp_path / "other" / "title_words.tsv", "a", encoding="utf-8") as table:
        table.write("sommelier\tsommeliers\n")
    with pytest.raises(LexiconError, match="no kind of modifier"):
        load_lexicon(tmp_path / "other")


def test_regions_named_by_a_word_of_direction_are_not_known_places():
    from kg.knowledge.places import load_places

    places = load_places()
    assert places.get("West") == () and places.get("Centre") == ()
    assert any(p.cls == "Place" for p in places.get("Ontario"))


def test_counties_are_known_places():
    from kg.knowledge.places import load_places

    assert any(p.cls == "Place" and p.country == "GB" for p in load_places().get("Cumbria"))
