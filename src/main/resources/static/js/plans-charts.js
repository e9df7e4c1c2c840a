// Survey results: one stacked bar chart per question, units on the x axis, an answer per
// colour. The data sit in the canvas's data-chart attribute (no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6f42c1', '#20c997', '#fd7e14', '#6c757d'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = data.labels.map(function (label, i) {
      return {
        label: label,
        backgroundColor: colours[i % colours.length],
        data: data.counts.map(function (row) { return row[i]; })
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.groups, datasets: datasets },
      options: { responsive: true, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
});
