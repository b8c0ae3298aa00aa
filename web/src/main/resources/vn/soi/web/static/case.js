/* Soi case page: each evidence pane shows a whole document in a scrolling box; scroll every box to its first marked
   passage so the shared text is in view side by side. Without this script the boxes simply start at the top. */
(function () {
  'use strict';
  var MARGIN_PX = 24;

  function showFirstMark(passage) {
    var mark = passage.querySelector('mark');
    if (!mark || passage.scrollHeight <= passage.clientHeight) {
      return;
    }
    var offset = mark.getBoundingClientRect().top - passage.getBoundingClientRect().top;
    passage.scrollTop = Math.max(0, passage.scrollTop + offset - MARGIN_PX);
  }

  document.querySelectorAll('.evidence-pane .passage').forEach(showFirstMark);
}());
