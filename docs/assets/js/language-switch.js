// Point the language selector at the same page in the other language. Both languages have the
// same page tree (the build checks it), so the counterpart always exists. Re-run on every
// instant-navigation page change, because the header is not re-rendered then.
(function () {
  function update() {
    const links = [...document.querySelectorAll(".md-select__link[hreflang]")];
    for (const link of links) {
      // As rendered, each link points at its language's root, relative to the first page.
      link.dataset.root = link.dataset.root || new URL(link.getAttribute("href"), location).href;
    }
    const current = links.find((link) => link.hreflang === document.documentElement.lang);
    if (!current) return;
    const root = new URL(current.dataset.root);
    if (!location.pathname.startsWith(root.pathname)) return;
    const rest = location.pathname.slice(root.pathname.length) + location.hash;
    for (const link of links) {
      link.href = new URL(rest, link.dataset.root).href;
      link.target = "_self"; // a plain link: Material's sitemap-based switch would go to the home page
    }
  }

  document$.subscribe(update);
})();
