/**
 * Port and simulator key of the e2e server (demo mode). The key is fixed so tests can prove it
 * never leaks.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_SIMULATOR_KEY = 'sim_e2e_5f0c3a7d1b9e4c2aa8d6e0f1b2c3d4e5_do_not_leak';
