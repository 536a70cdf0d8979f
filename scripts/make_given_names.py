"""Write ``ontology/lexicon/given_names.tsv``: the world's common given names.

Usage:
    pip install names-dataset && python scripts/make_given_names.py

The names come from the names-dataset package (Philippe Remy, MIT licence:
first names of 106 countries with their rank in each, from a public data
leak of social network accounts, as its authors describe). A name is kept
when it ranks among the ``TOP`` most common of at least one country, is
alphabetic, at least two letters long and no day or month name. kg reads the table only; the
package is needed to make it again.
"""

import calendar
import gzip
import os
import pickle
from pathlib import Path

TOP = 200
OUT = Path(__file__).resolve().parent.parent / "ontology" / "lexicon" / "given_names.tsv"


def main() -> None:
    """Read the dataset's first names and write the table, sorted."""
    import names_dataset

    path = Path(os.path.dirname(names_dataset.__file__)) / "v3" / "first_names.pkl.gz"
    with gzip.open(path) as handle:
        first_names = pickle.load(handle)  # the package's own data file
    # "Sunday Telegraph", "May Day": days and months are no given names here
    calendar_words = set(calendar.day_name) | set(calendar.month_name)
    kept = sorted(
        name
        for name, data in first_names.items()
        if name not in calendar_words
        and data.get("rank")
        and min(data["rank"].values()) <= TOP
        and name.isalpha()
        and len(name) > 1
        and name[0].isupper()
    )
    header = (
        "# Common given names: those among the 200 most common of at least one country\n"
        "# in names-dataset (Philippe Remy, MIT licence), made by\n"
        "# scripts/make_given_names.py. A tagged name that starts with one of them is\n"
        '# evidence for a person; an untagged "Given Surname" is a person\'s name.\n'
        "name\n"
    )
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written to {OUT}")


if __name__ == "__main__":
    main()
