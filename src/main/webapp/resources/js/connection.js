/* An AJAX request that got no page back (502/503/504 from the load balancer while a node restarts or
   dies, a dropped connection): PrimeFaces would show nothing and the person would think it was saved.
   The banner of the template says what happened and what to do; the next request that succeeds hides it. */
document.addEventListener('DOMContentLoaded', function () {
  var banner = document.getElementById('connection-lost');
  if (!banner || !window.jQuery) {
    return;
  }
  window.jQuery(document)
    .on('pfAjaxError', function (event, xhr) {
      banner.setAttribute('data-status', xhr && xhr.status ? String(xhr.status) : '0');
      banner.hidden = false;
    })
    .on('pfAjaxSuccess', function () {
      banner.hidden = true;
    });
});
