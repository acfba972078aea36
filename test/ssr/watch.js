// The last script of the server-rendered test pages (web-test-runner.config.mjs), a classic one: it
// runs once the page is parsed, before any module script, so before the bundle. It keeps, for the
// test in the parent page, what the server sent: every shadow root (declarative, nested ones too),
// every node in them, and the computed styles of every element in them as the reader first sees
// them; and from then on, every change to those shadow roots and every layout shift.
(() => {
  /** Every shadow root under `root`, nested ones too, in reading order. */
  const shadowRootsWithin = (root) => {
    const found = [];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRootsWithin(element.shadowRoot));
    }
    return found;
  };

  /** Every node in `roots` (elements, text and comments), in order. */
  const nodesWithin = (roots) =>
    roots.flatMap((root) => {
      const nodes = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes.push(walker.currentNode);
      return nodes;
    });

  /** What the reader sees of an element's style: colours, type, boxes. */
  const properties = [
    'color',
    'background-color',
    'font-size',
    'font-weight',
    'line-height',
    'display',
    'padding-block-start',
    'padding-inline-start',
    'padding-inline-end',
    'margin-block-end',
    'border-block-start-width',
    'border-inline-start-width',
    'border-inline-start-color',
    'border-inline-start-style',
    'border-block-end-style',
    'outline-style',
    'text-decoration-line',
    'max-inline-size',
  ];

  /**
   * The computed styles of every element in `roots` but their `<style>` elements (a client-rendered
   * element adopts its styles instead), as `tag.class[part]: property value; …`, in order.
   */
  const stylesWithin = (roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll('*')]
        .filter((element) => element.localName !== 'style')
        .map((element) => {
          const style = getComputedStyle(element);
          const name = `${element.localName}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}${element.hasAttribute('part') ? `[${element.getAttribute('part')}]` : ''}`;
          return `${name}: ${properties.map((property) => `${property} ${style.getPropertyValue(property)}`).join('; ')}`;
        })
    );

  const roots = shadowRootsWithin(document);
  const changes = [];
  const describe = (record) =>
    `${record.type} in ${record.target.nodeName}: ${[...record.removedNodes].map((node) => `-${node.nodeName}`).join(' ')} ${[...record.addedNodes].map((node) => `+${node.nodeName}`).join(' ')}`.trim();
  const observer = new MutationObserver((records) => changes.push(...records.map(describe)));
  for (const root of roots) observer.observe(root, {childList: true, characterData: true, subtree: true});

  const shifts = [];
  try {
    new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  } catch {
    shifts.push('layout-shift entries are not supported here');
  }

  Object.defineProperty(window, 'ssrWatch', {
    value: {
      /** The shadow roots the server sent. */
      roots,
      /** Every node in them, as the server sent them. */
      nodes: nodesWithin(roots),
      /** The computed styles of every element in them before any module script ran. */
      firstStyles: stylesWithin(roots),
      /** Every change to the shadow roots since, as `childList in DIV: -P +P`. */
      changes: () => [...changes, ...observer.takeRecords().map(describe)],
      /** The value of every layout shift so far. */
      shifts,
      shadowRootsWithin,
      nodesWithin,
      stylesWithin,
    },
  });
})();
