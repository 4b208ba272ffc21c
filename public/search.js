// Starts Pagefind's search interface; `?q=` from the header's search box runs a search on arrival.
(function () {
  var element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({ element: '#search', baseUrl: element.getAttribute('data-base') || '/', showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
