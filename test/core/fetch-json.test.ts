import { expect } from '@open-wc/testing';
import { mayMendLater, type FetchFailure } from '../../src/core/fetch-json.js';

describe('mayMendLater: which failures trying again later may mend', () => {
  const http = (status: number): FetchFailure => ({ kind: 'http', status, message: `HTTP ${status}` });

  it('the network, a timeout, a server error and a server asking to be asked later: yes', () => {
    for (const e of [
      { kind: 'network', message: 'Failed to fetch' },
      { kind: 'timeout', message: 'No response' },
      http(408),
      http(429),
      http(500),
      http(503),
    ] as FetchFailure[])
      expect(mayMendLater(e), e.message).to.equal(true);
  });

  it('what is not there, is refused or is not the data: no', () => {
    for (const e of [
      http(400),
      http(403),
      http(404),
      http(410),
      { kind: 'invalid-json', message: 'not JSON' },
      { kind: 'too-large', message: 'over 1 MB' },
      { kind: 'aborted', message: 'Cancelled' },
    ] as FetchFailure[])
      expect(mayMendLater(e), e.message).to.equal(false);
  });
});
