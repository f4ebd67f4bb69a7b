/* Ma journée by keyboard: a key presses the button (or focuses the field) that carries it in data-key.
   Keys typed into a field are left alone, so that a callback time can be typed. */
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) {
    return;
  }
  var element = document.querySelector('[data-key="' + event.key + '"]');
  if (!element || element.disabled || element.classList.contains('ui-state-disabled')) {
    return;
  }
  event.preventDefault();
  if (element.dataset.focus) {
    var field = document.getElementById(element.dataset.focus);
    if (field) {
      field.focus();
    }
  } else {
    element.click();
  }
});

/* A call of the queue: its link carries the call's task; the queue's one command (selectCall) opens its
   card. Links rather than a Faces command per call keep the page cheap to render. */
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('#queue a.call[data-task]') : null;
  if (!link || typeof window.selectCall !== 'function') {
    return;
  }
  event.preventDefault();
  window.selectCall([{name: 'task', value: link.dataset.task}]);
});
