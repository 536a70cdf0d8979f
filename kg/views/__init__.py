"""What people look at: the interactive graph page and the scores against gold.

``html`` renders ``graph.html`` from its template, script and style in ``page/``;
``evaluate`` scores a build against gold annotations (``kg eval``).
"""
