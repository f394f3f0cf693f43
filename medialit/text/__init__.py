"""Text analysis: plain text in, tables out. Splits sentences, finds cues, numbers, dates and attributions.

The bottom layer: it imports nothing from the rest of medialit (no course content, rendering or widgets).
"""
