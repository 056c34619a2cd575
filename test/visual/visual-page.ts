/**
 * The page every visual test draws on: one pinned font (DejaVu Sans, which Debian's fonts-dejavu
 * installs and Chromium finds without a network), a fixed size and line height, so a screenshot
 * does not change with the machine's default fonts; no caret and no animation in the page's own
 * light DOM (the elements' shadow roots stop animating under `prefers-reduced-motion: reduce`,
 * which the tests emulate). The page declares `color-scheme: light dark`, as a publisher whose
 * article follows the reader's system does: the embeds (`theme="auto"`) then follow the emulated
 * `prefers-color-scheme`.
 */
const css = `
  :root {
    color-scheme: light dark;
    font-family: 'DejaVu Sans';
    font-size: 16px;
    line-height: 1.5;
    background: Canvas;
    color: CanvasText;
    -webkit-font-smoothing: antialiased;
  }
  body { margin: 0; }
  *, *::before, *::after {
    caret-color: transparent !important;
    animation: none !important;
    transition: none !important;
  }
  .visual-frame { padding: 8px; }
`;

export function installVisualPage(): void {
  if (document.getElementById('visual-page')) return;
  const style = document.createElement('style');
  style.id = 'visual-page';
  style.textContent = css;
  document.head.append(style);
}
