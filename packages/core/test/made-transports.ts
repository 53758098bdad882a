/** Transports a test file makes with different options, all closed together in `afterAll`. */
import { type Transport, undiciTransport } from '../src/index.js';

export function madeTransports(): {
  make: (options: Parameters<typeof undiciTransport>[0]) => Transport;
  closeAll: () => Promise<void>;
} {
  const made: Transport[] = [];
  return {
    make: (options) => {
      const transport = undiciTransport(options);
      made.push(transport);
      return transport;
    },
    closeAll: async () => {
      await Promise.all(made.map((transport) => transport.close?.()));
    },
  };
}
