"""A document's record: its entities keep the sentence they are first mentioned in."""

from kg.corpus.records import from_json, read_documents, to_json
from kg.read.text import Document


def test_an_entity_keeps_the_sentence_of_its_first_mention(nlp):
    text = "The weather was mild. Anna Berg joined Siemens in Munich. Berg left Siemens later."
    (record,) = read_documents(nlp, [Document("berg.txt", text)])
    sentences = {local.names[0][0]: local.sentence for local in record.entities}
    assert sentences["Siemens"] == "Anna Berg joined Siemens in Munich."
    assert from_json(to_json(record)) == record


def test_a_record_written_before_sentences_were_kept_still_reads():
    line = (
        '{"name":"a.txt","entities":[["person:anna berg","Person",[["Anna Berg",1]],[],null,1]],'
        '"readings":[]}'
    )
    (entity,) = from_json(line).entities
    assert (entity.key, entity.mentions, entity.sentence) == ("person:anna berg", 1, "")
