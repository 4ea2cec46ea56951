/**
 * Retries `check` until it stops throwing, for at most `ms`: for work an answer did not wait for
 * (a letter sent after the answer, an announcement through Redis, a server coming back). The bound
 * is how long to keep trying, not a speed claim: it is sized for a loaded machine.
 */
export async function eventually<T>(check: () => Promise<T>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
