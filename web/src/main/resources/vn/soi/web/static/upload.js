/* Soi upload page: follows a job's progress by polling GET /api/uploads/{job} until it ends. */
(function () {
  'use strict';
  var POLL_MS = 1000;

  function render(status) {
    document.getElementById('job-state').textContent = status.stateLabel;
    document.getElementById('job-count').textContent = status.done + ' / ' + status.total;
    var progress = document.getElementById('job-progress');
    var percent = status.total === 0 ? (status.finishedAt ? 100 : 0) : Math.floor(status.done * 100 / status.total);
    progress.value = percent;
    progress.textContent = percent + '%';
    document.getElementById('job-message').textContent = status.message;
    var list = document.getElementById('job-problems');
    list.textContent = '';
    status.refused.concat(status.failed).forEach(function (problem) {
      var item = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = problem.name;
      item.appendChild(name);
      item.appendChild(document.createTextNode(': ' + problem.reason));
      list.appendChild(item);
    });
  }

  function poll(section) {
    fetch('/api/uploads/' + encodeURIComponent(section.dataset.job),
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('GET /api/uploads answered ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        render(status);
        if (!status.finishedAt) {
          window.setTimeout(function () { poll(section); }, POLL_MS);
        }
      })
      .catch(function (error) {
        document.getElementById('job-message').textContent =
          'Không đọc được tiến độ; hãy tải lại trang để xem.';
        window.console.warn(error);
      });
  }

  function start() {
    var section = document.getElementById('upload-job');
    if (section && section.dataset.finished !== 'true') {
      poll(section);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
