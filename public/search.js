// Starts Pagefind's search interface; `?q=` from the header's search box runs a search on arrival.
// Its search box has only a title, which is no label: it gets the header search box's name.
(function () {
  var element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({ element: '#search', baseUrl: element.getAttribute('data-base') || '/', showSubResults: true, showImages: false, resetStyles: false });
  var input = element.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search the briefing');
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
