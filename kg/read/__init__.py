"""Reading: files, folders, collections and archives of news text in, clean ``Document``s out.

``text`` reads one file or string (encodings, HTML and Markdown, page furniture);
``sources`` streams what a user names (folders, JSON lines, CSV, tar archives);
``rdf_files`` reads RDF files that others wrote, safely (reference entities, graphs
to query or validate).
"""
