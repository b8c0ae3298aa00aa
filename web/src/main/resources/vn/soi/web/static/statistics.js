/* Soi statistics page: draws the charts from GET /api/stats with Chart.js (served from its WebJar).
   The same numbers are in the page's tables, so the page is complete without this script. */
(function () {
  'use strict';
  var LEVELS = [
    { key: 'excellent', label: 'HTXSNV', color: '#1e6b3a' },
    { key: 'good', label: 'HTTNV', color: '#1a5fb4' },
    { key: 'completed', label: 'HTNV', color: '#c98a00' },
    { key: 'notCompleted', label: 'KHTNV', color: '#9b1c1c' }
  ];

  function bar(canvasId, labels, datasets, stacked) {
    var canvas = document.getElementById(canvasId);
    if (!canvas) {
      return;
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  function counts(canvasId, title, list, color) {
    bar(canvasId, list.map(function (c) { return c.label; }),
      [{ label: title, data: list.map(function (c) { return c.count; }), backgroundColor: color }], false);
  }

  function draw(stats) {
    var ratings = stats.registerRatings || [];
    bar('chart-ratings', ratings.map(function (r) { return r.unit + (r.year ? ' ' + r.year : ''); }),
      LEVELS.map(function (level) {
        return { label: level.label, data: ratings.map(function (r) { return r[level.key]; }),
          backgroundColor: level.color };
      }), true);
    counts('chart-signals', 'Số dấu hiệu', stats.findingsBySignal || [], '#9b1c1c');
    counts('chart-units', 'Số dấu hiệu theo đơn vị', stats.findingsByUnit || [], '#c98a00');
    counts('chart-years', 'Số dấu hiệu theo năm', stats.findingsByYear || [], '#1e6b3a');
    counts('chart-boilerplate', 'Khuôn sáo', stats.boilerplate ? stats.boilerplate.bins : [], '#5b6573');
    counts('chart-stickiness', 'Lặp lại năm trước', stats.stickiness ? stats.stickiness.bins : [], '#1a5fb4');
  }

  function start() {
    if (typeof window.Chart !== 'function' || !document.querySelector('canvas[id^="chart-"]')) {
      return;
    }
    fetch('/api/stats', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('GET /api/stats answered ' + response.status);
        }
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        document.querySelectorAll('.chart-box').forEach(function (box) {
          box.textContent = 'Không vẽ được biểu đồ; xem số liệu trong bảng.';
        });
        window.console.warn(error);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
