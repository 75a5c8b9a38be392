// A TCP port on 127.0.0.1 that the system says is free right now: test servers and drivers
// take their port from here rather than from the process id, so two runs never collide.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
