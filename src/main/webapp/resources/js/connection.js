/* An AJAX request that got no page back (502/503/504 from the load balancer while a node restarts or
   dies, a dropped connection): PrimeFaces would show nothing and the person would think it was saved.
   The banner of the template says what happened and what to do; the next request that succeeds hides it.
   PrimeFaces also leaves the clicked button disabled after a failed request (it re-enables it only when
   a response arrives): enabled again here, or "try again" could not be done without reloading the page. */
document.addEventListener('DOMContentLoaded', function () {
  var banner = document.getElementById('connection-lost');
  if (!banner || !window.jQuery) {
    return;
  }
  function enableButtonsLeftLoading() {
    var widgets = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets : {};
    Object.keys(widgets).forEach(function (name) {
      var widget = widgets[name];
      if (widget && widget.jq && widget.jq.hasClass('ui-state-loading') && !(widget.ajaxCount > 0)
          && typeof PrimeFaces.buttonEndAjaxDisabled === 'function') {
        PrimeFaces.buttonEndAjaxDisabled(widget, widget.jq);
      }
    });
  }
  window.jQuery(document)
    .on('pfAjaxError', function (event, xhr) {
      banner.setAttribute('data-status', xhr && xhr.status ? String(xhr.status) : '0');
      banner.hidden = false;
      setTimeout(enableButtonsLeftLoading, 0); // after PrimeFaces' own "complete" counted the request done
    })
    .on('pfAjaxSuccess', function () {
      banner.hidden = true;
    });
});
