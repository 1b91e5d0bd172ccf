/**
 * The report's behaviour: filter and sort the events table, highlight an event's or a file's paths
 * in the diagram, open an event's sites. It reads everything from the markup (`data-*` attributes)
 * and embeds no data, so nothing taken from the scanned code ever lands inside a <script>.
 */
export const HTML_SCRIPT = String.raw`
(() => {
  'use strict';
  const diagram = document.querySelector('.flow-diagram');
  const table = document.querySelector('.events-table');
  const rows = table ? Array.from(table.tBodies[0].rows) : [];
  let selected = null;

  const eventIdsOf = (element) => (element.getAttribute('data-event') || '').split(' ').filter(Boolean);

  function clearLit() {
    if (!diagram) return;
    diagram.querySelectorAll('.lit').forEach((element) => element.classList.remove('lit'));
  }

  function lightEvent(id) {
    if (!diagram) return;
    clearLit();
    diagram.classList.add('focused');
    diagram.querySelectorAll('[data-event]').forEach((element) => {
      if (eventIdsOf(element).includes(id)) element.classList.add('lit');
    });
  }

  function lightFile(node) {
    clearLit();
    diagram.classList.add('focused');
    node.classList.add('lit');
    const fileId = node.getAttribute('data-file');
    const eventIds = eventIdsOf(node);
    diagram.querySelectorAll('.edge').forEach((edge) => {
      if (edge.getAttribute('data-file') === fileId) edge.classList.add('lit');
    });
    diagram.querySelectorAll('.node.event').forEach((eventNode) => {
      if (eventIds.includes(eventNode.getAttribute('data-event'))) eventNode.classList.add('lit');
    });
  }

  function restore() {
    if (!diagram) return;
    if (selected) {
      lightEvent(selected);
    } else {
      clearLit();
      diagram.classList.remove('focused');
    }
  }

  function select(id, reveal) {
    selected = id;
    restore();
    rows.forEach((row) => row.classList.toggle('selected', row.getAttribute('data-event') === id));
    document.querySelectorAll('.event-detail.selected').forEach((detail) => detail.classList.remove('selected'));
    const detail = document.getElementById('event-' + id);
    if (!detail) return;
    detail.open = true;
    detail.classList.add('selected');
    if (reveal) detail.scrollIntoView({ block: 'start' });
  }

  function nodeAt(target) {
    return target instanceof Element ? target.closest('.node, .edge') : null;
  }

  function light(element) {
    if (element.classList.contains('file')) lightFile(element);
    else lightEvent(element.getAttribute('data-event'));
  }

  if (diagram) {
    diagram.addEventListener('mouseover', (event) => {
      const element = nodeAt(event.target);
      if (element) light(element);
    });
    diagram.addEventListener('mouseleave', restore);
    diagram.addEventListener('focusin', (event) => {
      const element = nodeAt(event.target);
      if (element) light(element);
    });
    diagram.addEventListener('focusout', restore);
    diagram.addEventListener('click', (event) => {
      const element = nodeAt(event.target);
      if (!element) return;
      if (element.classList.contains('file')) lightFile(element);
      else select(element.getAttribute('data-event'), true);
    });
    diagram.addEventListener('keydown', (event) => {
      const element = nodeAt(event.target);
      if (!element || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      if (element.classList.contains('event')) select(element.getAttribute('data-event'), true);
    });
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-event]') : null;
    if (!link) return;
    event.preventDefault();
    select(link.getAttribute('data-event'), true);
    history.replaceState(null, '', '#event-' + link.getAttribute('data-event'));
  });

  function selectFromHash() {
    const match = /^#event-(e\d+)$/.exec(location.hash);
    if (match) select(match[1], true);
  }
  window.addEventListener('hashchange', selectFromHash);
  selectFromHash();

  const controls = document.getElementById('event-controls');
  if (!controls || !table) return;
  controls.hidden = false;
  const filters = {
    status: document.getElementById('filter-status'),
    category: document.getElementById('filter-category'),
    direction: document.getElementById('filter-direction'),
  };
  const text = document.getElementById('filter-text');
  const count = document.getElementById('visible-count');

  function applyFilters() {
    const needle = text.value.trim().toLowerCase();
    let shown = 0;
    rows.forEach((row) => {
      const visible =
        Object.entries(filters).every(([key, control]) => !control.value || row.getAttribute('data-' + key) === control.value) &&
        (!needle || row.getAttribute('data-name').toLowerCase().includes(needle));
      row.hidden = !visible;
      if (visible) shown += 1;
      if (diagram) {
        const node = diagram.querySelector('.node.event[data-event="' + row.getAttribute('data-event') + '"]');
        if (node) node.classList.toggle('filtered', !visible);
      }
    });
    count.textContent = shown + ' of ' + rows.length + ' events';
  }
  Object.values(filters).forEach((control) => control.addEventListener('change', applyFilters));
  text.addEventListener('input', applyFilters);

  const sortValue = (row, index) => {
    const cell = row.cells[index];
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  };
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((header, index) => {
    header.querySelector('button').addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      const numeric = header.getAttribute('data-type') === 'number';
      headers.forEach((other) => other.setAttribute('aria-sort', 'none'));
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const ordered = rows.map((row, position) => ({ row, position, value: sortValue(row, index) }));
      ordered.sort((a, b) => {
        const x = numeric ? Number(a.value) : a.value;
        const y = numeric ? Number(b.value) : b.value;
        const order = x < y ? -1 : x > y ? 1 : 0;
        return (ascending ? order : -order) || a.position - b.position;
      });
      ordered.forEach(({ row }) => row.parentNode.appendChild(row));
    });
  });
})();
`;
