"""Silence one warning of mkdocs-static-i18n that does not apply to this site.

static-i18n warns that its per-page language-switcher links are not refreshed by Material's
instant navigation. Material fixes that itself: its "alternate" integration reads each
language's sitemap.xml (which static-i18n writes with hreflang alternates) and, on a switch,
navigates to the same page in the other language. The browser tests check that it does.
"""

import logging


class _DropInstantNavigationWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_DropInstantNavigationWarning())
