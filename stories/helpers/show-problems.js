/**
 * A story's `play`: opens the "Details" of every error state in the story, so the problems show by
 * their JSON paths without a click. Waits for `<fact-verdict>`, which reads its input
 * asynchronously, to reach its error state first. (Plain JavaScript with a declaration file beside
 * it, like `spread.js`.)
 */
export async function showProblems({ canvasElement }) {
  const elements = [...canvasElement.querySelectorAll('*')].filter((el) => el.localName.startsWith('fact-'));
  const deadline = Date.now() + 3000;
  for (const el of elements) {
    await el.updateComplete;
    while (el.localName === 'fact-verdict' && el.getAttribute('state') === 'loading' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await el.updateComplete;
    for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  }
}
