"""Write a sitemap.xml for each non-default language.

static-i18n writes one sitemap, at the root, listing the default-language pages with hreflang
alternates. Material requests <language root>/sitemap.xml for every alternate language, so
without this /en/sitemap.xml is a 404 (and a console error) on every page.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify import LANGUAGES  # noqa: E402


def on_post_build(config) -> None:
    # Called with the root site_dir after each language's build; idempotent.
    site = Path(config.site_dir)
    root_map = site / "sitemap.xml"
    for lang in LANGUAGES[1:]:
        if root_map.exists() and (site / lang / "index.html").exists():
            (site / lang / "sitemap.xml").write_text(_for_language(root_map.read_text(encoding="utf-8"), lang),
                                                     encoding="utf-8")


def _for_language(xml: str, lang: str) -> str:
    """The root sitemap with each <loc> replaced by its `lang` alternate."""

    def swap(url: re.Match) -> str:
        alt = re.search(rf'hreflang="{lang}" href="([^"]+)"', url.group(0))
        return re.sub(r"<loc>[^<]+</loc>", f"<loc>{alt.group(1)}</loc>", url.group(0)) if alt else url.group(0)

    return re.sub(r"<url>.*?</url>", swap, xml, flags=re.S)
