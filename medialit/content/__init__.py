"""Course content as data: the op-ed, its answer key, the evidence rows and the question bank, with loaders.

Builds only on ``medialit.text``.
"""
