"""Hostile text in every editor-written field stays inert on every page readers and machines get.

The site is filled straight through the ORM (validation bypassed, the worst case)
with the payloads of ``tests/xss.py``; every public page, feed, the sitemap, the
API and the JSON-LD are fetched and checked as a browser or feed reader would
read them.
"""

import json
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.xss import PAYLOADS, URL_PAYLOADS, build_poisoned_site, inert_problems

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_poisoned_site()


def public_html_urls(site) -> list[str]:
    claims, articles, claimants = site["claims"], site["articles"], site["claimants"]
    urls = [
        reverse("articles:home"),
        reverse("articles:claim-list"),
        reverse("articles:claim-list") + "?page=2",
        reverse("articles:article-list"),
        reverse("articles:article-list") + "?page=2",
        reverse("articles:claimant-list"),
        reverse("articles:claimant-list") + "?page=2",
        reverse("articles:figure-list"),
        site["figure"].get_absolute_url(),
    ]
    urls += [c.get_absolute_url() for c in claims]
    urls += [a.get_absolute_url() for a in articles]
    urls += [c.get_absolute_url() for c in claimants]
    return urls


def problems_by_url(client, urls) -> dict[str, list[str]]:
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        problems = inert_problems(response.content.decode())
        if problems:
            found[url] = sorted(set(problems))
    return found


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 30
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def test_every_public_page_keeps_every_payload_inert(client, site):
    assert problems_by_url(client, public_html_urls(site)) == {}


def test_payloads_show_as_text_on_the_verdict_page(client, site):
    claim = site["claims"][0]  # "<script>window.__xss=1</script>"

    html = client.get(claim.get_absolute_url()).content.decode()

    assert "Claim &lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "Headline &lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_template_syntax_in_text_is_not_evaluated(client, site):
    index = next(i for i, p in enumerate(PAYLOADS) if p.startswith("{{"))
    claim = site["claims"][index]

    html = client.get(claim.get_absolute_url()).content.decode()

    assert "Claim {{ &quot;evaluated&quot;|add:&quot;-template&quot; }} {% debug %}" in html
    assert "evaluated-template" not in html


def test_verdict_page_json_ld_is_escaped_and_parses(client, site):
    for claim in site["claims"]:
        html = client.get(claim.get_absolute_url()).content.decode()
        blocks = html.split('<script type="application/ld+json">')[1:]
        assert blocks, claim.slug
        for block in blocks:
            text = block.split("</script>")[0]
            assert "<" not in text
            data = json.loads(text)
            assert data["claimReviewed"] == claim.text
            assert not [url for url in json_urls(data) if not url.startswith(("http:", "https:"))]


def json_urls(data) -> list[str]:
    """Every "url" value anywhere in a JSON-LD document."""
    if isinstance(data, dict):
        found = [v for k, v in data.items() if k in {"url", "@id", "sameAs"} and isinstance(v, str)]
        return found + [u for v in data.values() for u in json_urls(v)]
    if isinstance(data, list):
        return [u for v in data for u in json_urls(v)]
    return []


def feed_urls(site) -> list[str]:
    claimant = site["claimants"][0].slug
    return [
        reverse("verdict-feed-rss"),
        reverse("verdict-feed-atom"),
        reverse("claimant-feed-rss", kwargs={"slug": claimant}),
        reverse("claimant-feed-atom", kwargs={"slug": claimant}),
    ]


def test_feeds_are_well_formed_and_their_html_is_inert(client, site):
    found = {}
    for url in feed_urls(site):
        response = client.get(url)
        assert response.status_code == 200, url
        root = ET.fromstring(response.content)  # an unescaped payload would break the XML
        for element in root.iter():
            tag = element.tag.rsplit("}", 1)[-1]
            # What feed readers render as HTML: RSS descriptions, Atom's type="html" texts.
            is_html = tag == "description" or element.get("type") in {"html", "xhtml"}
            if is_html and element.text:
                problems = inert_problems(element.text)
                if problems:
                    found.setdefault(url, set()).update(problems)
            for name in ("href", "url"):
                value = element.get(name) or ""
                if value and not value.startswith(("http://", "https://")):
                    found.setdefault(url, set()).add(f"{tag} {name}={value!r}")
    assert found == {}


def test_sitemap_is_well_formed_and_lists_only_site_urls(client, site):
    response = client.get(reverse("sitemap"))

    root = ET.fromstring(response.content)
    locations = [el.text for el in root.iter() if el.tag.endswith("}loc")]
    assert locations
    assert all(loc.startswith(("http://", "https://")) for loc in locations)
    assert not [loc for loc in locations if any(p in loc for p in ("<", '"', "'", " "))]


def test_claimreview_feed_is_json_with_payloads_as_data(client, site):
    response = client.get(reverse("claimreview-feed"))

    assert response["Content-Type"].split(";")[0] in {"application/json", "application/ld+json"}
    assert "Claim <script>window.__xss=1</script>" in json.dumps(response.json())


@pytest.mark.parametrize("resource", ["claims", "verdicts", "articles", "claimants"])
def test_api_serves_payloads_as_json_never_html(client, site, resource):
    response = client.get(f"/api/{resource}/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    json.loads(response.content)


def test_url_fields_never_become_script_links(client, site):
    # Worst case for the URL fields: every evidence, claimant and article link is hostile.
    hostile = [c for c in site["claims"] if c.evidence.get().url in URL_PAYLOADS]
    assert {c.evidence.get().url for c in hostile} == set(URL_PAYLOADS)

    found = problems_by_url(client, [c.get_absolute_url() for c in hostile])

    assert found == {}
