import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { select, type SelectOption } from '../../src/patterns/select.js';
import '../support/guard.js';

const show = (root: HTMLElement, options: SelectOption[], value?: string) =>
  render(
    select({ id: 'address', name: 'uprn', label: 'Select your address', options, value, onChange: () => {} }),
    root,
  );
const texts = (s: HTMLSelectElement) => [...s.options].map((o) => o.text);

describe('select pattern: options made directly', () => {
  const three = [
    { value: '1', text: '1 Long Street' },
    { value: '2', text: '<img src=x onerror=alert(1)> 2 Long Street' },
    { value: '3', text: '3 Long Street' },
  ];

  it('shows each option as text, the chosen one selected, and follows a new value', () => {
    const root = document.createElement('div');
    document.body.append(root);
    show(root, three, '2');
    const s = root.querySelector('select')!;
    expect(texts(s)).to.deep.equal(three.map((o) => o.text));
    expect(s.querySelector('img')).to.be.null; // text from data is only ever text
    expect(s.value).to.equal('2');
    const first = s.options[0];
    show(root, [...three], '3'); // the same list again (a new array): the same elements, a new choice
    expect(s.options[0]).to.equal(first);
    expect(s.value).to.equal('3');
    root.remove();
  });

  it('a different list replaces the options', () => {
    const root = document.createElement('div');
    document.body.append(root);
    show(root, three, '1');
    show(root, [{ value: '9', text: '9 Short Road' }], '9');
    const s = root.querySelector('select')!;
    expect(texts(s)).to.deep.equal(['9 Short Road']);
    expect(s.value).to.equal('9');
    root.remove();
  });

  it('two selects with the same list each get their own options', () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    show(a, three, '1');
    show(b, three, '3');
    expect(texts(a.querySelector('select')!)).to.have.length(3);
    expect(texts(b.querySelector('select')!)).to.have.length(3);
    expect([a.querySelector('select')!.value, b.querySelector('select')!.value]).to.deep.equal(['1', '3']);
    a.remove();
    b.remove();
  });
});
