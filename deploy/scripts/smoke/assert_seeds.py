"""What compose-smoke.sh asserts through the query API once the seeds are uploaded (requests to 127.0.0.1 only).

    python3 assert_seeds.py QUERY_URL SEJONG_ID MAXWELL_ID [TIMEOUT_SECONDS]

Waits (bounded) until both articles leave `processing`, then asserts: both `enriched`; Maxwell's quote "We have to
keep pushing Kim…" attributed to his full name, David Maxwell; `/search?q=Yongbyon` finds the commentary. Exits 1
with the reason on the first failed assertion.
"""

import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def get(url):
    """(status, parsed JSON or None) of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None, None


def await_done(query, article_id, deadline):
    """The article once its status is no longer `processing`, or None at the deadline."""
    while time.monotonic() < deadline:
        status, article = get(f"{query}/articles/{article_id}")
        if status == 200 and article.get("status") != "processing":
            return article
        time.sleep(0.5)
    return None


def fail(message):
    print(f"assert_seeds: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def main(query, sejong_id, maxwell_id, timeout=300):
    if not query.startswith("http://127.0.0.1:"):
        fail(f"{query} is not on 127.0.0.1")
    started = time.monotonic()
    deadline = started + float(timeout)
    articles = {}
    for name, article_id in (("Sejong commentary", sejong_id), ("Maxwell commentary", maxwell_id)):
        article = await_done(query, article_id, deadline)
        if article is None:
            fail(f"{name} {article_id} still processing (or absent) after {timeout} s")
        if article.get("status") != "enriched":
            fail(f"{name} {article_id} is {article.get('status')}: {article.get('error')}")
        print(f"ok  {name} {article_id[:12]} enriched ({time.monotonic() - started:.1f} s after the upload ended)")
        articles[name] = article

    pushing = [q for q in articles["Maxwell commentary"]["quotes"] if "We have to keep pushing Kim" in q["text"]]
    speakers = [(q.get("speaker") or {}).get("name") for q in pushing]
    if speakers != ["David Maxwell"]:
        fail(f"'We have to keep pushing Kim' should be David Maxwell's, found speakers {speakers}")
    print("ok  “We have to keep pushing Kim…” is attributed to David Maxwell")

    status, quotes = get(f"{query}/quotes?" + urllib.parse.urlencode({"speaker": "David Maxwell", "size": 100}))
    ids = {item["articleId"] for item in (quotes or {}).get("items", [])}
    if status != 200 or ids != {maxwell_id}:
        fail(f"GET /quotes?speaker=David Maxwell answered {status} with articles {sorted(ids)}")
    print(f"ok  /quotes?speaker=David Maxwell: {len(quotes['items'])} quotes, all from the Maxwell commentary")

    status, hits = get(f"{query}/search?q=Yongbyon")
    found = {item["articleId"] for item in (hits or {}).get("items", [])}
    if status != 200 or maxwell_id not in found:
        fail(f"GET /search?q=Yongbyon answered {status} with articles {sorted(found)}, not {maxwell_id}")
    print(f"ok  /search?q=Yongbyon finds the commentary ({len(hits['items'])} hits)")


if __name__ == "__main__":
    main(*sys.argv[1:])
