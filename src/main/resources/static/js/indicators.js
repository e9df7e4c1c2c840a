// Trend charts of the indicator dashboard: one line per target, the target as a dashed
// line, from /api/v1/indicators/trend. Labels come from the page (message bundles).
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('trend-charts');
  if (!box || typeof Chart === 'undefined') {
    return;
  }
  fetch(box.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (points) {
      var labels = points.map(function (p) { return p.period; });
      box.querySelectorAll('canvas.trend-chart').forEach(function (canvas) {
        var code = canvas.dataset.code;
        var pick = function (p) {
          return p.indicators.filter(function (v) { return v.code === code; })[0] || {};
        };
        var values = points.map(function (p) { return pick(p).value; });
        var targets = points.map(function (p) { return pick(p).target; });
        if (values.every(function (v) { return v === null || v === undefined; })) {
          var note = document.createElement('p');
          note.className = 'small text-body-secondary';
          note.textContent = box.dataset.empty;
          canvas.replaceWith(note);
          return;
        }
        new Chart(canvas, {
          type: 'line',
          data: {
            labels: labels,
            datasets: [
              { label: box.dataset.valueLabel, data: values, borderColor: '#0d6efd', spanGaps: true },
              { label: box.dataset.targetLabel, data: targets, borderColor: '#dc3545', borderDash: [6, 4],
                pointRadius: 0 }
            ]
          },
          options: { animation: false, responsive: true,
            scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } } }
        });
      });
    });
});
