"""The ontology's namespace, as a closed rdflib namespace.

A misspelt term (``KG.actIn``) raises at once instead of minting a new IRI.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    """Terms of the kg ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ontology#")

    # classes
    Person: URIRef
    Organization: URIRef
    Company: URIRef
    SpaceAgency: URIRef
    GovernmentOrganization: URIRef
    NewsOrganization: URIRef
    SportsTeam: URIRef
    MusicGroup: URIRef
    PoliticalParty: URIRef
    EducationalOrganization: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    CreativeWork: URIRef
    Film: URIRef
    TVSeries: URIRef
    MusicAlbum: URIRef
    Play: URIRef
    Event: URIRef
    WorkOrOrganization: URIRef
    PersonOrOrganization: URIRef
    PlaceOrEvent: URIRef

    # properties
    actsIn: URIRef
    directedBy: URIRef
    producedBy: URIRef
    worksFor: URIRef
    memberOf: URIRef
    foundedBy: URIRef
    basedIn: URIRef
    locatedIn: URIRef
    livesIn: URIRef
    bornIn: URIRef
    nationality: URIRef
    killed: URIRef
    occupation: URIRef

    # provenance (annotation properties)
    confidence: URIRef
    evidence: URIRef
    rule: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    pipeline: URIRef


ONTOLOGY_IRI = URIRef("https://w3id.org/kg/ontology")
