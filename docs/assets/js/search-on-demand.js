// Material requests search/search_index.json (several MB) with an XMLHttpRequest on every page
// load. This script runs before Material's bundle and holds that one request back until the
// reader first shows an intent to search; the search worker then gets the index as before.
(function () {
  let release;
  const wanted = new Promise((resolve) => { release = resolve; });
  const isIndex = (url) => new URL(String(url), location.href).pathname.endsWith("/search/search_index.json");

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.searchIndexRequest = isIndex(url);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (!this.searchIndexRequest) return send.apply(this, args);
    wanted.then(() => { if (this.readyState === XMLHttpRequest.OPENED) send.apply(this, args); });
  };

  // A page opened from a search result (?h=) highlights the words with the index's settings.
  const params = new URLSearchParams(location.search);
  if (params.has("h") || params.has("q")) release();

  const SEARCH = "#__search, .md-search__input, label[for='__search'], .md-search";
  const onTarget = (event) => event.target instanceof Element && event.target.closest(SEARCH) && release();
  for (const type of ["focusin", "pointerdown", "click", "change"]) document.addEventListener(type, onTarget, true);
  // Material's own shortcuts for opening search, when the reader is not typing in a field
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]");
    if (!typing && ["f", "s", "/"].includes(event.key)) release();
  }, true);
})();
