"""Hostile text for every field an editor writes, and checks that a page keeps it inert.

Shared by ``test_xss.py`` (parsed HTML, XML and JSON) and ``test_xss_browser.py``
(a real browser that would run anything that slipped through).
"""

from __future__ import annotations

import datetime
import json
import re
from html.parser import HTMLParser

from django.utils import timezone

from articles.models import ClaimStatus, Qualifier
from tests import factories

# Each payload, if it ran, would set window.__xss or open a dialog.
PAYLOADS = [
    "<script>window.__xss=1</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '"><script>window.__xss=1</script>',
    "'><script>window.__xss=1</script>",
    "</script><script>window.__xss=1</script>",
    "</title><script>window.__xss=1</script>",
    "</textarea><script>window.__xss=1</script>",
    "<img src=x onerror=window.__xss=1>",
    '<img src="x" onerror="alert(1)">',
    "<svg onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    "<body onload=window.__xss=1>",
    "<iframe src=javascript:window.__xss=1></iframe>",
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "<object data=javascript:window.__xss=1></object>",
    "<embed src=javascript:window.__xss=1>",
    '<a href="javascript:window.__xss=1">click</a>',
    '<a href="jav&#x09;ascript:window.__xss=1">tab</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)">ent</a>',
    '<a href=" JaVaScRiPt:alert(1)">case</a>',
    "[markdown link](javascript:window.__xss=1)",
    "[spaced](  javascript:alert(1) )",
    "[entity](jav&#x61;script:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '![image](x" onerror="window.__xss=1)',
    "<javascript:alert(1)>",
    '<https://evil.example/?q="><script>window.__xss=1</script>>',
    "' onmouseover='window.__xss=1' x='",
    '" onmouseover="window.__xss=1" x="',
    '" autofocus onfocus="window.__xss=1" x="',
    '<div style="background:url(javascript:alert(1))">style</div>',
    "<style>*{background:url(javascript:alert(1))}</style>",
    '<p style="width:expression(alert(1))">expr</p>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    "<form action=javascript:alert(1)><button>go</button></form>",
    "<input autofocus onfocus=window.__xss=1>",
    "<details open ontoggle=window.__xss=1>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
    "<!--<img src=x onerror=window.__xss=1>-->",
    "&lt;script&gt;window.__xss=1&lt;/script&gt;",
    r"\u003cscript\u003ewindow.__xss=1\u003c/script\u003e",
    "\uff1cscript\uff1ewindow.__xss=1\uff1c/script\uff1e",
    "\u202eloaded\u202c <scr\u200bipt>window.__xss=1</scr\u200bipt>",
    '{{ "evaluated"|add:"-template" }} {% debug %} {% load static %}',
    "${alert(1)} #{alert(1)} <%= 7*7 %>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<a href='//evil.example'>protocol-relative</a>",
]

# The same payload written as a URL, for URL fields (worst case: validation bypassed).
URL_PAYLOADS = [
    "javascript:window.__xss=1",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    'https://example.org/"><script>window.__xss=1</script>',
    "https://example.org/' onmouseover='window.__xss=1",
]


def build_poisoned_site(*, count: int | None = None) -> dict:
    """A small public site whose every editor-written field holds hostile text.

    Each payload gets its own published claim (and article, claimant, evidence,
    verdict, correction, tracked figure), so every page shows every payload somewhere.
    Written straight through the ORM: a worst case that skipped form validation.
    """
    payloads = PAYLOADS[:count] if count else PAYLOADS
    now = timezone.now()
    reviewer = factories.UserFactory(username="xss-reviewer")
    figure = factories.TrackedFigureFactory(
        name=f"Figure {PAYLOADS[0]}",
        unit=PAYLOADS[1],
        place=PAYLOADS[2],
        description=PAYLOADS[3],
    )
    outlet = factories.OutletFactory(name=PAYLOADS[4], url=URL_PAYLOADS[0])
    claims, articles, claimants = [], [], []
    for n, payload in enumerate(payloads):
        url = URL_PAYLOADS[n % len(URL_PAYLOADS)]
        claimant = factories.ClaimantFactory(
            name=f"Claimant {payload}", description=payload, url=url
        )
        body = f"Officials said {payload} about the count.\n\n{payload}\n\nMore text follows."
        article = factories.ArticleFactory(
            title=f"Article {payload}", body=body, url=url, outlet=outlet
        )
        claim = factories.ClaimFactory(
            text=f"Claim {payload}",
            claimant=claimant,
            status=ClaimStatus.PUBLISHED,
            tracked_figure=figure,
            figure_value=100 + n,
            figure_qualifier=Qualifier.MORE_THAN,
            figure_unit=payload,
            figure_place=payload,
            figure_as_of=datetime.date(2022, 9, 1) + datetime.timedelta(days=n),
        )
        start = body.index(payload)
        factories.AppearanceFactory(
            claim=claim, article=article, start=start, end=start + len(payload)
        )
        factories.EvidenceFactory(
            claim=claim,
            title=f"Evidence {payload}",
            url=url,
            archive_url=URL_PAYLOADS[(n + 1) % len(URL_PAYLOADS)],
            publisher=payload,
            excerpt=f"Note: {payload}",
        )
        verdict = factories.VerdictFactory(
            claim=claim,
            headline=f"Headline {payload}",
            summary=f"Summary {payload}",
            explanation=f"Explanation {payload}",
            published=True,
            reviewer=reviewer,
        )
        factories.CorrectionFactory(verdict=verdict, note=f"Correction {payload}", published_at=now)
        topic = factories.TopicFactory(name=f"Topic {n} {payload}"[:100])
        claim.topics.add(topic)
        claims.append(claim)
        articles.append(article)
        claimants.append(claimant)
    return {"claims": claims, "articles": articles, "claimants": claimants, "figure": figure}


# --- checks ----------------------------------------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "style"}
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
# Browsers ignore tabs, newlines and leading control characters and spaces in a URL's scheme.
URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def dangerous_url(value: str) -> bool:
    squeezed = URL_NOISE.sub("", value).lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:"))


# The site's own scripts: static files it ships, the only kind its CSP lets run.
OWN_SCRIPTS = ("/static/js/",)
OWN_SCRIPT = "own static script"


class InertChecker(HTMLParser):
    """Collects every way a page could run script it did not ship itself."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._script_type: str | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag == "script":
            self._script_type = (dict(attrs).get("type") or "").lower()
            self._script_text = []
            src = dict(attrs).get("src")
            if src is not None and self._script_type == "" and src.startswith(OWN_SCRIPTS):
                # The site's own static file (the CSP allows nothing else); no inline code.
                self._script_type = OWN_SCRIPT
            elif self._script_type not in DATA_SCRIPT_TYPES:
                self.problems.append(f"<script> of type {self._script_type or 'text/javascript'}")
            if src is not None and self._script_type != OWN_SCRIPT:
                self.problems.append(f"<script src={src!r}>")

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script" and self._script_type is not None:
            text = "".join(self._script_text)
            if self._script_type == OWN_SCRIPT and text.strip():
                self.problems.append("code inside a <script src>")
            if self._script_type in DATA_SCRIPT_TYPES:
                if "<" in text:
                    self.problems.append("unescaped < inside a data <script>")
                try:
                    json.loads(text)
                except ValueError:
                    self.problems.append("a data <script> that is not valid JSON")
            self._script_type = None

    def handle_data(self, data):
        if self._script_type is not None:
            self._script_text.append(data)

    def _check(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (dict(attrs).get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        if tag == "link" and "stylesheet" in (dict(attrs).get("rel") or "").lower():
            href = dict(attrs).get("href") or ""
            if not href.startswith("/static/"):
                self.problems.append(f"foreign stylesheet {href!r}")
        if tag == "img":
            src = dict(attrs).get("src") or ""
            if not src.startswith(("https://", "/static/")):
                self.problems.append(f"<img src={src!r}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name == "style":
                self.problems.append(f"<{tag} style=…>")
            # "data:," is the site's own empty favicon, which spares browsers a request.
            if name in URL_ATTRIBUTES and value and value != "data:," and dangerous_url(value):
                self.problems.append(f"<{tag} {name}={value!r}>")


def inert_problems(html: str) -> list[str]:
    checker = InertChecker()
    checker.feed(html)
    checker.close()
    return checker.problems
