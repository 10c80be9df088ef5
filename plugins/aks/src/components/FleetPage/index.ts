export { FleetContent, FleetPage } from './FleetPage';
