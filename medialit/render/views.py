"""What a notebook shows: an HTML view with a plain-text twin, and a widget with static stand-ins."""

from __future__ import annotations

from typing import Any


class HTMLView:
    """A piece of HTML that Jupyter renders, with a plain-text fallback for terminals and static pages."""

    def __init__(self, html: str, text: str) -> None:
        self.html = html
        self.text = text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


class WidgetWithFallback:
    """Base for widget views: ``box`` shows live in Jupyter; static text and HTML stand in everywhere else."""

    box: Any

    def static_text(self) -> str:
        raise NotImplementedError

    def static_html(self) -> str:
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        data = dict(self.box._repr_mimebundle_(**kwargs) or {})
        data["text/plain"] = self.static_text()
        data["text/html"] = self.static_html()
        return data

    def __repr__(self) -> str:
        return self.static_text()
