"""Everything that turns tables into HTML: highlighted text, tables, charts, the annotator's page.

Builds on ``medialit.content`` and ``medialit.text``; knows nothing of grading or progress.
"""
