/**
 * The course page's script (CourseLayout.astro), a few hundred bytes: it listens for what the reader does and loads
 * the code for it on demand.
 *
 * - Reading progress and exercises: the code that shows and saves progress and checks answers
 *   (reading-progress.ts) loads at once only when the reader has stored progress (scripts/before-paint.js flags
 *   that with `data-progress` on <html>); otherwise it comes with the reader's first mark or checked answer, or
 *   when another tab stores progress. The listeners stay here, so nothing the reader does while the module loads
 *   is lost, and an exercise's form never submits (which would reload the page). What the event carried (the
 *   checkbox's state, the typed answer) is read at once, before the module shows the stored progress.
 * - A numbered equation's "Copy LaTeX" button (src/course/rehype-equation-numbers.ts) loads copy-tex.ts.
 */
let progress: Promise<typeof import('./reading-progress')> | undefined;

/** The progress module, started once. */
const loadProgress = () =>
  (progress ??= import('./reading-progress').then((module) => {
    module.startReadingProgress();
    return module;
  }));

document.addEventListener('change', (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches('[data-read-toggle]')) {
    const read = box.checked;
    void loadProgress().then(({ markSectionRead }) => markSectionRead(box.value, read));
  }
});

document.addEventListener('submit', (event) => {
  const exercise = event.target instanceof HTMLFormElement ? event.target.closest<HTMLElement>('[data-exercise]') : null;
  if (!exercise) return;
  event.preventDefault();
  const text = exercise.querySelector('input')?.value ?? '';
  void loadProgress().then(({ checkExercise }) => checkExercise(exercise, text));
});

if (document.documentElement.hasAttribute('data-progress')) void loadProgress();
else addEventListener('storage', () => void loadProgress(), { once: true });

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLElement>('[data-copy-tex]');
  if (button) void import('./copy-tex').then(({ copyTex }) => copyTex(button));
});
