/** What other areas (and the HTTP host) may use from the check-in area. */
export { onStationRevoked, stationCaller } from './stations';
