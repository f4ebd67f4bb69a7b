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
