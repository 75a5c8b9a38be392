import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { FocusController } from '../../src/core/controllers/focus-controller.js';
import { LoadController, LoadAbort } from '../../src/core/controllers/load-controller.js';
import '../support/guard.js';

/** A minimal element with both controllers, as every Local Digital element uses them. */
class TestHost extends LitElement {
  load = new LoadController<string>(this);
  stepFocus = new FocusController(this);
  step = 'one';
  renders = 0;
  override render() {
    this.renders++;
    const s = this.load.state;
    return html`<h2 class="ldc-step-heading">${this.step}</h2>
      <p id="state">
        ${s.status}${s.status === 'complete' ? `:${s.value}` : ''}${s.status === 'failed' && s.timedOut ? ':timeout' : ''}
      </p>
      <div data-ldc-error-summary>errors</div>`;
  }
}
customElements.define('ldc-test-host', TestHost);

const later = <T>(ms: number, value: T, signal?: AbortSignal) =>
  new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => resolve(value), ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });
const stateText = (el: TestHost) => el.shadowRoot!.querySelector('#state')!.textContent!.trim();

describe('LoadController', () => {
  it('renders loading, then the value', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    const done = el.load.run((signal) => later(20, 'bins', signal));
    await el.updateComplete;
    expect(stateText(el)).to.equal('loading');
    expect(await done).to.deep.equal({ status: 'complete', value: 'bins' });
    await el.updateComplete;
    expect(stateText(el)).to.equal('complete:bins');
  });

  it('a newer load cancels the one before: its signal aborts and its result is dropped', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    let firstSignal: AbortSignal | undefined;
    const first = el.load.run((signal) => {
      firstSignal = signal;
      return later(50, 'old');
    });
    const second = el.load.run((signal) => later(10, 'new', signal));
    expect(firstSignal!.aborted).to.equal(true);
    expect((firstSignal!.reason as LoadAbort).reason).to.equal('superseded');
    expect(await first).to.equal(null);
    expect(await second).to.deep.equal({ status: 'complete', value: 'new' });
    await new Promise((r) => setTimeout(r, 60)); // the old work finishes late: nothing changes
    await el.load.settled;
    expect(stateText(el)).to.equal('complete:new');
  });

  it('times out, even when the work ignores its signal', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    const state = await el.load.run(() => later(500, 'too late'), { timeoutMs: 20 });
    expect(state).to.include({ status: 'failed', timedOut: true });
    await el.updateComplete;
    expect(stateText(el)).to.equal('failed:timeout');
  });

  it('turns a thrown error into a failed state, never a rejection', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    const state = await el.load.run(() => Promise.reject(new TypeError('bad data')));
    expect(state?.status).to.equal('failed');
    expect((state as { error: Error }).error).to.be.instanceOf(TypeError);
  });

  it('settled waits for the latest load however many replaced each other', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    void el.load.run((s) => later(30, 'a', s));
    const settled = el.load.settled;
    void el.load.run((s) => later(30, 'b', s));
    await settled;
    expect(stateText(el)).to.equal('complete:b');
  });

  it('leaving the page aborts the load in flight', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    let signal: AbortSignal | undefined;
    const running = el.load.run((s) => {
      signal = s;
      return later(50, 'x', s);
    });
    el.remove();
    expect(signal!.aborted).to.equal(true);
    expect(await running).to.equal(null);
  });
});

describe('FocusController', () => {
  it('focuses the step heading after the render that shows the step, once', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    el.step = 'two';
    el.stepFocus.next('heading');
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.textContent).to.equal('two');
    heading.blur();
    expect(heading.hasAttribute('tabindex')).to.equal(false); // not left in the tab order
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null); // a later render does not steal focus
  });

  it('focuses the error summary, or any element a function finds', async () => {
    const el = await fixture<TestHost>(testHtml`<ldc-test-host></ldc-test-host>`);
    el.stepFocus.next('error-summary');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-ldc-error-summary')).to.equal(true);
    el.stepFocus.next((root) => root.querySelector<HTMLElement>('#state'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('state');
  });
});
