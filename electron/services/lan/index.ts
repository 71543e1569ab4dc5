/** What other areas and the owning processes may use of the LAN area. */
export { attachLan, lanAddresses, lanUrls, restoreLan, LAN_DEFAULT_PORT, type LanControl, type LanStatus } from './lan';
export { lanHandlers } from './lan.handlers';
