// htmx sends the CSRF token that Spring Security keeps in the XSRF-TOKEN cookie.
document.addEventListener('htmx:configRequest', function (event) {
  var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  if (match) {
    event.detail.headers['X-XSRF-TOKEN'] = decodeURIComponent(match[1]);
  }
});
// Show the server's error fragment instead of swallowing 4xx/5xx answers.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status >= 400 && event.detail.xhr.getResponseHeader('Content-Type') &&
      event.detail.xhr.getResponseHeader('Content-Type').indexOf('text/html') === 0) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
